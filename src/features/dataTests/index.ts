export { DataTests } from './DataTests'
export { ProjectDataTests } from './DataTests'

export { DataTests } from './DataTests'

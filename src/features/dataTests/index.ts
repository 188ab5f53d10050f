export { DataTests } from './DataTests'
export { DataTestsCheck } from './DataTestsCheck'

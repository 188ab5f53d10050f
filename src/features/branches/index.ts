export { BranchesView } from './BranchesView'

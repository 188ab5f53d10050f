export { WorkspaceBar } from './WorkspaceBar'

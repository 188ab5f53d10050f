export { WorkspaceBar } from './WorkspaceBar'
export { PutBackBanner } from './PutBackBanner'

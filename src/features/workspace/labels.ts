import type { WorkspaceId } from '../../looker'

export function workspaceLabel(id: WorkspaceId): string {
  return id === 'dev' ? 'Development Mode' : 'Production'
}

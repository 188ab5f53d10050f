import React from 'react'
import { Badge } from '@looker/components'
import type { WorkspaceId } from '../looker'
import { workspaceWords } from './workspaceWords'

/**
 * The workspace (or the models a result ran on) as one badge everywhere: the workspace bar, each
 * query result, each data test run. Development uses Looker's development-mode colour family.
 */
export function WorkspaceBadge({
  workspace,
  label,
}: {
  workspace: WorkspaceId
  /** An accessible name for the badge when it stands alone (e.g. "Current workspace"). */
  label?: string
}) {
  return (
    // A named badge is a status: it is announced when Looker reports another workspace.
    <Badge
      intent={workspace === 'dev' ? 'warn' : 'positive'}
      size="small"
      role={label ? 'status' : undefined}
      aria-label={label}
    >
      {workspaceWords(workspace).short}
    </Badge>
  )
}

import React, { useState } from 'react'
import { Box } from '@looker/components'
import { MessageBar } from '../../shared/ui/MessageBar'
import { isPossiblyDirty, type Project, type WorkspaceId } from '../../looker'
import type { Async } from '../../shared/async'
import { AsyncContent } from '../../shared/AsyncContent'
import { visitReason } from '../../shared/workspaceWords'
import { useWorkspace } from '../../state/workspace'
import { GitActionStatus, type ActionPlace } from './GitActionStatus'
import { BranchDetails } from './BranchDetails'
import { BranchTable } from './BranchTable'
import { CreateBranchForm } from './CreateBranchForm'
import { CurrentBranchPanel } from './CurrentBranchPanel'
import { DeleteDialog } from './DeleteDialog'
import { NoDeveloperCopy } from './NoDeveloperCopy'
import { GitAccess, readOnlyReason } from '../../shared/git/permissions'
import { ResetDialog } from './ResetDialog'
import { type Refusal, useBranches } from './useBranches'
import { useGitActions } from './useGitActions'

/** A project Looker knows whose development reads are "not found": no developer copy yet. */
function noDeveloperCopy(branches: Async<unknown>, workspaceId: WorkspaceId): boolean {
  return workspaceId === 'dev' && branches.status === 'error' && branches.error.status === 404
}

/** A git project's branches in one workspace, and the safe git actions. */
export function ProjectGit({
  project,
  workspaceId,
  onRefusal,
}: {
  project: Project
  workspaceId: WorkspaceId
  /** Told of each refusal, so the page can still show it once rebuilt in another workspace. */
  onRefusal?(refusal: Refusal | null): void
}) {
  const { user, visiting } = useWorkspace()
  const { branches, action, reload, act } = useBranches(project.id, workspaceId, onRefusal)
  const busy = action.state.status === 'pending'
  const git = useGitActions(project.id, act)
  // Each action's status shows beside the control that started it, not above the table.
  const [place, setPlace] = useState<ActionPlace>('current')
  const from =
    <A extends unknown[], R>(where: ActionPlace, action: (...args: A) => R) =>
    (...args: A) => {
      setPlace(where)
      return action(...args)
    }
  const ctx: GitAccess = {
    project,
    workspaceId,
    user: user.status === 'success' ? user.value : null,
    visit: visiting ? visitReason(visiting) : null,
  }
  const readOnly = readOnlyReason(ctx)

  return (
    <Box>
      {/* Said once per page: lacking "develop" is already the workspace bar's banner. */}
      {readOnly && ctx.user?.canDevelop !== false && (
        <MessageBar intent="inform">Read-only: {readOnly}</MessageBar>
      )}
      {/* The rows could not be re-read: the status stays in view above their error. */}
      {branches.status !== 'success' && <GitActionStatus action={action} currentName={null} />}
      {noDeveloperCopy(branches, workspaceId) ? (
        <NoDeveloperCopy projectId={project.id} />
      ) : (
        <AsyncContent
          state={branches}
          loadingLabel="Loading branches"
          errorTitle="Could not read the branches"
          onRetry={reload}
        >
          {({ state, branches: list }) => {
            const chosen = list.find((b) => b.name === git.selected) ?? null
            const deleting = list.find((b) => b.name === git.deleting) ?? null
            const statusAt = (where: ActionPlace, takeFocus = false) =>
              where === place && (
                <GitActionStatus
                  action={action}
                  currentName={state.branch?.name ?? null}
                  takeFocus={takeFocus}
                />
              )
            return (
              <>
                <CurrentBranchPanel
                  ctx={ctx}
                  state={state}
                  busy={busy}
                  onPull={from('current', () => void git.pull(state))}
                  onReset={from('current', git.askReset)}
                  status={statusAt('current')}
                />
                <BranchTable branches={list} selected={git.selected} onSelect={git.select} />
                {chosen ? (
                  <BranchDetails
                    ctx={ctx}
                    branch={chosen}
                    busy={busy}
                    onSwitch={from('branch', (name: string) => git.switchBranch(name, state))}
                    onDelete={from('branch', git.askDelete)}
                    status={statusAt('branch')}
                  />
                ) : (
                  // A deleted branch's panel is gone: its status stays where the panel was.
                  statusAt('branch', true)
                )}
                <CreateBranchForm
                  blocked={readOnly}
                  currentName={state.branch?.name ?? null}
                  busy={busy}
                  onCreate={from('create', (name: string, ref?: string) =>
                    git.create(name, ref, state)
                  )}
                  status={statusAt('create')}
                />
                {deleting && (
                  <DeleteDialog
                    branch={deleting}
                    branches={list}
                    dirty={isPossiblyDirty(state.git)}
                    onCancel={git.cancelDelete}
                    onConfirm={(backupName) => void git.remove(deleting, state, backupName)}
                  />
                )}
                {git.resetting && state.branch && (
                  <ResetDialog
                    projectId={project.id}
                    target={git.resetting}
                    current={state.branch}
                    git={state.git}
                    onCancel={git.cancelReset}
                    onConfirm={(backupName) => git.reset(state, git.resetting!, backupName)}
                  />
                )}
              </>
            )
          }}
        </AsyncContent>
      )}
    </Box>
  )
}

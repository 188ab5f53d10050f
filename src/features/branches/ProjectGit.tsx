import React from 'react'
import { Box, MessageBar, Paragraph } from '@looker/components'
import type { Project, WorkspaceId } from '../../looker'
import type { Async } from '../../shared/async'
import { ActionStatus } from '../../shared/ActionStatus'
import { AsyncContent } from '../../shared/AsyncContent'
import { useWorkspace } from '../../state/workspace'
import { BranchDetails } from './BranchDetails'
import { BranchTable } from './BranchTable'
import { CreateBranchForm } from './CreateBranchForm'
import { CurrentBranchPanel } from './CurrentBranchPanel'
import { DeleteDialog } from './DeleteDialog'
import { NoDeveloperCopy } from './NoDeveloperCopy'
import { GitAccess, readOnlyReason } from './permissions'
import { ResetDialog } from './ResetDialog'
import { useBranches } from './useBranches'
import { useGitActions } from './useGitActions'

/** A project Looker knows whose development reads are "not found": no developer copy yet. */
function noDeveloperCopy(branches: Async<unknown>, workspaceId: WorkspaceId): boolean {
  return workspaceId === 'dev' && branches.status === 'error' && branches.error.status === 404
}

/** A git project's branches in one workspace, and the safe git actions. */
export function ProjectGit({
  project,
  workspaceId,
}: {
  project: Project
  workspaceId: WorkspaceId
}) {
  const { user } = useWorkspace()
  const { branches, action, reload, act } = useBranches(project.id)
  const job = action.state.status === 'idle' ? null : action.state.args[0]
  const busy = action.state.status === 'pending'
  const git = useGitActions(project.id, act)
  const ctx: GitAccess = {
    project,
    workspaceId,
    user: user.status === 'success' ? user.value : null,
  }
  const readOnly = readOnlyReason(ctx)

  return (
    <Box>
      {/* Said once per page: lacking "develop" is already the workspace bar's banner. */}
      {readOnly && ctx.user?.canDevelop !== false && (
        <MessageBar intent="inform" noActions>
          Read-only: {readOnly}
        </MessageBar>
      )}
      {job && <ActionStatus action={action} title={job.title} pendingLabel={job.busyLabel} />}
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
            return (
              <>
                {action.state.status === 'success' && (
                  <Paragraph role="status" aria-label="Last action" mb="small">
                    {job?.title}: done. Looker now reports {state.branch?.name ?? 'no branch'} as
                    the current branch.
                  </Paragraph>
                )}
                <CurrentBranchPanel
                  ctx={ctx}
                  state={state}
                  busy={busy}
                  onPull={() => void git.pull(state)}
                  onReset={git.askReset}
                />
                <BranchTable branches={list} selected={git.selected} onSelect={git.select} />
                {chosen && (
                  <BranchDetails
                    ctx={ctx}
                    branch={chosen}
                    busy={busy}
                    onSwitch={git.switchBranch}
                    onDelete={git.askDelete}
                  />
                )}
                <CreateBranchForm
                  blocked={readOnly}
                  currentName={state.branch?.name ?? null}
                  busy={busy}
                  onCreate={git.create}
                />
                {deleting && (
                  <DeleteDialog
                    branch={deleting}
                    branches={list}
                    dirty={state.git.kind === 'uncommitted' || state.git.kind === 'conflict'}
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

import React, { useCallback, useState } from 'react'
import { Box, MessageBar, Paragraph } from '@looker/components'
import type { Project, WorkspaceId } from '../../looker'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { AsyncContent, Loading } from '../../shared/AsyncContent'
import { useLookerApi } from '../../state/api'
import { useWorkspace } from '../../state/workspace'
import { BranchDetails } from './BranchDetails'
import { BranchTable } from './BranchTable'
import { CreateBranchForm } from './CreateBranchForm'
import { CurrentBranchPanel } from './CurrentBranchPanel'
import { DeleteDialog } from './DeleteDialog'
import { resetWithBackup } from './gitActions'
import { GitContext, readOnlyReason } from './permissions'
import { ResetDialog, ResetTarget } from './ResetDialog'
import { useBranches } from './useBranches'

/** A git project's branches in one workspace, and the safe git actions. */
export function ProjectGit({
  project,
  workspaceId,
}: {
  project: Project
  workspaceId: WorkspaceId
}) {
  const api = useLookerApi()
  const { user } = useWorkspace()
  const { branches, busy, outcome, reload, act } = useBranches(project.id)
  const [selected, setSelected] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<string | null>(null)
  const [resetting, setResetting] = useState<ResetTarget | null>(null)
  const ctx: GitContext = {
    project,
    workspaceId,
    user: user.status === 'success' ? user.value : null,
  }
  const readOnly = readOnlyReason(ctx)
  const pid = project.id

  const switchTo = (name: string) =>
    void act(`Switch to ${name}`, `Switching to ${name}`, () => api.switchBranch(pid, name))
  const remove = async (name: string) => {
    setDeleting(null)
    if (await act(`Delete ${name}`, `Deleting ${name}`, () => api.deleteBranch(pid, name))) {
      setSelected(null)
    }
  }
  const create = (name: string, ref: string | undefined) =>
    act(`Create ${name}`, `Creating ${name}`, async () => {
      await api.createBranch(pid, name, ref)
    })
  // Looker's API has no `git pull`: reset_project_to_remote sets the current branch to its
  // remote commit (BEHAVIOUR.md 5.7), which equals a fast-forward pull when nothing local would be
  // lost, and Pull is only enabled then (pullReason). update_git_branch {name, ref: origin/<name>}
  // would do the same locally but also force-push, a needless risk.
  const pull = () =>
    void act('Pull remote changes', 'Pulling remote changes', () => api.resetToRemote(pid))
  const onSelect = useCallback((name: string) => setSelected(name), [])

  return (
    <Box>
      {readOnly && (
        <MessageBar intent="inform" noActions>
          Read-only: {readOnly}
        </MessageBar>
      )}
      {busy && <Loading label={busy} />}
      {outcome?.error && (
        <ApiErrorMessage error={outcome.error} title={`${outcome.title} failed`} />
      )}
      <AsyncContent
        state={branches}
        loadingLabel="Loading branches"
        errorTitle="Could not read the branches"
        onRetry={reload}
      >
        {({ state, branches: list }) => {
          const chosen = list.find((b) => b.name === selected) ?? null
          return (
            <>
              {outcome && !outcome.error && (
                <Paragraph role="status" aria-label="Last action" mb="small">
                  {outcome.title}: done. Looker now reports {state.branch?.name ?? 'no branch'} as
                  the current branch.
                </Paragraph>
              )}
              <CurrentBranchPanel
                ctx={ctx}
                state={state}
                busy={busy !== null}
                onPull={pull}
                onReset={setResetting}
              />
              <BranchTable branches={list} selected={selected} onSelect={onSelect} />
              {chosen && (
                <BranchDetails
                  ctx={ctx}
                  branch={chosen}
                  busy={busy !== null}
                  onSwitch={switchTo}
                  onDelete={setDeleting}
                />
              )}
              <CreateBranchForm
                blocked={readOnly}
                currentName={state.branch?.name ?? null}
                busy={busy !== null}
                onCreate={create}
              />
              {resetting && state.branch && (
                <ResetDialog
                  target={resetting}
                  current={state.branch}
                  git={state.git}
                  onCancel={() => setResetting(null)}
                  onConfirm={(backupName) => {
                    const target = resetting
                    const current = state.branch!
                    setResetting(null)
                    void act(
                      `Reset ${current.name} to ${target === 'remote' ? 'its remote' : 'production'}`,
                      `Resetting ${current.name}`,
                      () => resetWithBackup(api, pid, current, target, backupName)
                    )
                  }}
                />
              )}
            </>
          )
        }}
      </AsyncContent>
      <DeleteDialog
        branchName={deleting}
        onCancel={() => setDeleting(null)}
        onConfirm={(n) => void remove(n)}
      />
    </Box>
  )
}

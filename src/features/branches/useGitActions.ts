import { useState } from 'react'
import type { Branch, ProjectState } from '../../looker'
import { useLookerApi } from '../../state/api'
import {
  createAsConfirmed,
  deleteWithBackup,
  pullWithoutLoss,
  PullWouldLose,
  resetWithBackup,
  switchAsConfirmed,
} from './gitActions'
import type { ResetTarget } from './branchChanges'
import type { BranchesState } from './useBranches'

/** The git actions of a project page, and the confirmations they open. */
export function useGitActions(projectId: string, act: BranchesState['act']) {
  const api = useLookerApi()
  const [selected, setSelected] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<string | null>(null)
  const [resetting, setResetting] = useState<ResetTarget | null>(null)
  const pid = projectId

  // Every write re-reads Looker first and sends nothing unless it still reports `seen`: the
  // session in Development Mode, the branch and commit on the page (gitActions, stillAsConfirmed).
  const switchBranch = (name: string, seen: ProjectState) =>
    void act({
      title: `Switch to ${name}`,
      busyLabel: `Switching to ${name}`,
      work: () => switchAsConfirmed(api, pid, name, seen),
      applied: (b) => b.state.branch?.name === name,
    })

  const remove = async (branch: Branch, seen: ProjectState, backupName: string | null) => {
    const { name } = branch
    setDeleting(null)
    const done = await act({
      title: `Delete ${name}`,
      busyLabel: `Deleting ${name}`,
      work: () => deleteWithBackup(api, pid, branch, seen, backupName),
      applied: (b) => !b.branches.some((x) => x.name === name),
    })
    if (done) setSelected(null)
  }

  const create = async (name: string, ref: string | undefined, seen: ProjectState) =>
    (await act({
      title: `Create ${name}`,
      busyLabel: `Creating ${name}`,
      work: () => createAsConfirmed(api, pid, name, ref, seen),
      applied: (b) => b.branches.some((x) => x.name === name),
    })) === true

  // Looker's API has no `git pull`: reset_project_to_remote sets the current branch to its
  // remote commit (docs/looker-api-behaviour.md "Sessions, branches and the rest"), which equals a fast-forward pull when nothing local would be
  // lost. update_git_branch {name, ref: origin/<name>} would do the same locally but also
  // force-push, a needless risk. The state is re-checked first: if pulling would now lose
  // something, the reset dialog opens instead, with what would be lost.
  const pull = async (seen: ProjectState) => {
    let wouldLose = false
    const done = await act({
      title: 'Pull remote changes',
      busyLabel: 'Pulling remote changes',
      work: async () => {
        try {
          await pullWithoutLoss(api, pid, seen)
        } catch (e) {
          wouldLose = e instanceof PullWouldLose
          throw e
        }
      },
    })
    if (wouldLose && done !== null) setResetting('remote')
  }

  const reset = (seen: ProjectState, target: ResetTarget, backupName: string | null) => {
    setResetting(null)
    const name = seen.branch?.name ?? 'the current branch'
    void act({
      title: `Reset ${name} to ${target === 'remote' ? 'its remote' : 'production'}`,
      busyLabel: `Resetting ${name}`,
      work: () => resetWithBackup(api, pid, seen, target, backupName),
    })
  }

  return {
    selected,
    select: setSelected,
    deleting,
    askDelete: setDeleting,
    cancelDelete: () => setDeleting(null),
    remove,
    resetting,
    askReset: setResetting,
    cancelReset: () => setResetting(null),
    reset,
    switchBranch,
    create,
    pull,
  }
}

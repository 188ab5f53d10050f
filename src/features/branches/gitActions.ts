/** The multi-step git changes, written against the LookerApi so each step's failure is named. */
import { ApiError, type LookerApi, type ProjectState } from '../../looker'
import { step } from '../../shared/git/deleteWithBackup'

// The delete is shared with the git health page's clean-up.
export { deleteWithBackup } from '../../shared/git/deleteWithBackup'
import { changeSince, lossList, type ResetTarget } from './branchChanges'

/** Re-reads the project; throws, naming the change, when it is not what the person saw. */
async function stillAsSeen(
  api: LookerApi,
  projectId: string,
  seen: ProjectState,
  nothingDone: string
): Promise<ProjectState> {
  const now = await api.getProjectState(projectId)
  const change = changeSince(seen, now)
  if (change) {
    throw new ApiError(
      `The branch changed since you confirmed (${change}), ${nothingDone}. Check what would be lost and try again.`,
      'unexpected'
    )
  }
  return now
}

/**
 * Re-reads the project and stops if the branch changed since the person confirmed (the loss list
 * they read would be wrong); then optionally saves a backup branch from HEAD, switches back,
 * checks that Looker is really back on the branch, and only then resets. Any failure before the
 * reset stops everything. Run it inside `exclusive` so no workspace switch interleaves.
 */
export async function resetWithBackup(
  api: LookerApi,
  projectId: string,
  seen: ProjectState,
  target: ResetTarget,
  backupName: string | null
): Promise<void> {
  const now = await stillAsSeen(api, projectId, seen, 'nothing was reset')
  const name = now.branch?.name ?? 'the current branch'
  if (backupName) {
    try {
      // No ref: the backup starts at HEAD, the newest commit, whatever the page last read.
      // create_git_branch also checks the new branch out.
      await api.createBranch(projectId, backupName)
    } catch (e) {
      throw step(`Could not save the backup branch ${backupName}, nothing was reset`, e)
    }
    try {
      await api.switchBranch(projectId, name)
      const after = await api.getProjectState(projectId)
      if (after.branch?.name !== name) {
        throw new ApiError(
          `Looker reports ${after.branch?.name ?? 'no branch'} as current`,
          'unexpected'
        )
      }
    } catch (e) {
      throw step(`Saved ${backupName} but could not switch back to ${name}, nothing was reset`, e)
    }
  }
  if (target === 'remote') await api.resetToRemote(projectId)
  else await api.resetToProduction(projectId)
}

/** Pull stopped because it would now lose work: the person should use Reset to remote. */
export class PullWouldLose extends ApiError {
  constructor(lost: string[]) {
    super(
      `Nothing was pulled: the branch changed since this page read it, and pulling would now discard ${lost.join(' and ')}. Review it in Reset to remote.`,
      'unexpected'
    )
  }
}

/**
 * Looker has no pull: resetting to the remote is one when nothing local would be lost. The page's
 * state may be stale, so the project is re-read first; if the branch changed or anything would be
 * lost, nothing is reset (`PullWouldLose` when the reset dialog should take over).
 */
export async function pullWithoutLoss(
  api: LookerApi,
  projectId: string,
  seen: ProjectState
): Promise<void> {
  const now = await api.getProjectState(projectId)
  const branch = now.branch
  if (!branch || branch.name !== seen.branch?.name) {
    throw new ApiError(
      `Nothing was pulled: Looker now reports ${branch?.name ?? 'no branch'} as the current branch.`,
      'unexpected'
    )
  }
  const lost = lossList('remote', branch, now.git)
  if (lost.length > 0) throw new PullWouldLose(lost)
  await api.resetToRemote(projectId)
}

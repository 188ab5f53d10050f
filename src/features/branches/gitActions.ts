/** The multi-step git changes, written against the LookerApi so each step's failure is named. */
import { ApiError, stillAsConfirmed, type LookerApi, type ProjectState } from '../../looker'
import { step, switchBack } from '../../shared/git/deleteWithBackup'
import { lossList, type ResetTarget } from './branchChanges'

// The delete is shared with the git health page's clean-up.
export { deleteWithBackup } from '../../shared/git/deleteWithBackup'

/**
 * Switches to `name` once Looker, re-read, still reports what the person saw (stillAsConfirmed):
 * the session in Development Mode and the same branch at the same commit.
 */
export async function switchAsConfirmed(
  api: LookerApi,
  projectId: string,
  name: string,
  seen: ProjectState
): Promise<void> {
  await stillAsConfirmed(api, projectId, { state: seen }, 'nothing was switched')
  await api.switchBranch(projectId, name)
}

/**
 * Creates `name` (from `ref`, or from the checked-out branch's head: the one the person saw) once
 * Looker, re-read, still reports what the person saw.
 */
export async function createAsConfirmed(
  api: LookerApi,
  projectId: string,
  name: string,
  ref: string | undefined,
  seen: ProjectState
): Promise<void> {
  await stillAsConfirmed(api, projectId, { state: seen }, 'nothing was created')
  await api.createBranch(projectId, name, ref)
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
  const now = await stillAsConfirmed(api, projectId, { state: seen }, 'nothing was reset')
  const name = now.branch?.name ?? 'the current branch'
  if (backupName) {
    try {
      // No ref: the backup starts at HEAD, the newest commit, whatever the page last read.
      // create_git_branch also checks the new branch out.
      await api.createBranch(projectId, backupName)
    } catch (e) {
      throw step(`Could not save the backup branch ${backupName}, nothing was reset`, e)
    }
    await switchBack(api, projectId, name, backupName, 'nothing was reset')
  }
  // Saving the backup took a while: Looker is read again right before the reset itself.
  const done = backupName ? `saved ${backupName} and switched back to ${name}, ` : ''
  await stillAsConfirmed(api, projectId, { state: seen }, `${done}nothing was reset`)
  try {
    if (target === 'remote') await api.resetToRemote(projectId)
    else await api.resetToProduction(projectId)
  } catch (e) {
    // What already happened stays said: the backup branch exists and was checked out.
    if (backupName)
      throw step(
        `Saved ${backupName} and switched back to ${name}, but Looker refused the reset`,
        e
      )
    throw e
  }
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
  const asSeen = { state: seen, nameOnly: true }
  const now = await stillAsConfirmed(api, projectId, asSeen, 'nothing was pulled')
  const branch = now.branch
  if (!branch) throw new ApiError('Nothing was pulled: Looker reports no branch.', 'unexpected')
  const lost = lossList('remote', branch, now.git)
  if (lost.length > 0) throw new PullWouldLose(lost)
  await api.resetToRemote(projectId)
}

/** Deleting a branch with its optional backup: the branches page's delete and the git health clean-up. */
import {
  ApiError,
  NotAsConfirmed,
  stillAsConfirmed,
  toApiError,
  type Branch,
  type LookerApi,
  type ProjectState,
} from '../../looker'

/** Looker's error, prefixed with what was being done (each step of a multi-step change is named). */
export function step(what: string, e: unknown): ApiError {
  const err = toApiError(e)
  return new ApiError(
    `${what}: ${err.message}`,
    err.kind,
    err.documentationUrl,
    err.status,
    err.fieldErrors
  )
}

/**
 * After a backup (create_git_branch checks it out): switches back to `name` and checks that
 * Looker is there, in Development Mode. A session that left it is said as such (what was done
 * included), not as a failed switch.
 */
export async function switchBack(
  api: LookerApi,
  projectId: string,
  name: string | undefined,
  backupName: string,
  nothingDone: string
): Promise<void> {
  try {
    if (!name) throw new ApiError('Looker reported no current branch before', 'unexpected')
    await api.switchBranch(projectId, name)
    const session = await api.getSession()
    if (session.workspaceId !== 'dev') {
      throw new NotAsConfirmed(
        `Your session left Development Mode since you confirmed (Looker now reports production), saved ${backupName} and switched back to ${name}, ${nothingDone}.`
      )
    }
    const after = await api.getProjectState(projectId)
    if (after.branch?.name !== name) {
      throw new ApiError(
        `Looker reports ${after.branch?.name ?? 'no branch'} as current`,
        'unexpected'
      )
    }
  } catch (e) {
    if (e instanceof NotAsConfirmed) throw e
    const where = name ?? 'your branch'
    throw step(`Saved ${backupName} but could not switch back to ${where}, ${nothingDone}`, e)
  }
}

/**
 * Deletes `branch`, first saving its commits in `backupName` when asked: create_git_branch makes
 * the backup at the branch's head and checks it out, so the session is switched back to the branch
 * it was on (and checked) before anything is deleted. Any failure before the delete stops it.
 */
export async function deleteWithBackup(
  api: LookerApi,
  projectId: string,
  branch: Branch,
  seen: ProjectState,
  backupName: string | null
): Promise<void> {
  const asSeen = { state: seen, branch }
  await stillAsConfirmed(api, projectId, asSeen, 'nothing was deleted')
  if (backupName) {
    try {
      await api.createBranch(projectId, backupName, branch.ref ?? branch.name)
    } catch (e) {
      throw step(`Could not save the backup branch ${backupName}, nothing was deleted`, e)
    }
    const back = seen.branch?.name
    await switchBack(api, projectId, back, backupName, 'nothing was deleted')
    const done = `saved ${backupName} and switched back to ${back}, nothing was deleted`
    await stillAsConfirmed(api, projectId, asSeen, done)
  }
  await api.deleteBranch(projectId, branch.name)
}

/** Deleting a branch with its optional backup: the branches page's delete and the git health clean-up. */
import { ApiError, toApiError, type Branch, type LookerApi, type ProjectState } from '../../looker'

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
  if (backupName) {
    try {
      await api.createBranch(projectId, backupName, branch.ref ?? branch.name)
    } catch (e) {
      throw step(`Could not save the backup branch ${backupName}, nothing was deleted`, e)
    }
    const back = seen.branch?.name
    try {
      if (!back) throw new ApiError('Looker reported no current branch before', 'unexpected')
      await api.switchBranch(projectId, back)
      const after = await api.getProjectState(projectId)
      if (after.branch?.name !== back) {
        throw new ApiError(
          `Looker reports ${after.branch?.name ?? 'no branch'} as current`,
          'unexpected'
        )
      }
    } catch (e) {
      throw step(
        `Saved ${backupName} but could not switch back to ${back ?? 'your branch'}, nothing was deleted`,
        e
      )
    }
  }
  await api.deleteBranch(projectId, branch.name)
}

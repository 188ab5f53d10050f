/** The multi-step git changes, written against the LookerApi so each step's failure is named. */
import { ApiError, toApiError, type Branch, type LookerApi } from '../../looker'
import type { ResetTarget } from './ResetDialog'

function step(what: string, e: unknown): ApiError {
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
 * Optionally saves a backup branch at the current commit, switches back, checks that Looker is
 * really back on `current`, and only then resets. Any failure before the reset stops everything.
 */
export async function resetWithBackup(
  api: LookerApi,
  projectId: string,
  current: Branch,
  target: ResetTarget,
  backupName: string | null
): Promise<void> {
  if (backupName) {
    try {
      // create_git_branch also checks the new branch out; ref pins it to the current commit.
      await api.createBranch(projectId, backupName, current.ref ?? undefined)
    } catch (e) {
      throw step(`Could not save the backup branch ${backupName}, nothing was reset`, e)
    }
    try {
      await api.switchBranch(projectId, current.name)
      const after = await api.getProjectState(projectId)
      if (after.branch?.name !== current.name) {
        throw new ApiError(
          `Looker reports ${after.branch?.name ?? 'no branch'} as current`,
          'unexpected'
        )
      }
    } catch (e) {
      throw step(
        `Saved ${backupName} but could not switch back to ${current.name}, nothing was reset`,
        e
      )
    }
  }
  if (target === 'remote') await api.resetToRemote(projectId)
  else await api.resetToProduction(projectId)
}

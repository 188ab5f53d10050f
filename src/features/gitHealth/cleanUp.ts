/**
 * The clean-up: a plan read from what the page shows (the dry run), then one delete at a time,
 * each project re-read first, stopping at the first refusal.
 */
import { ApiError, isPossiblyDirty, toApiError, type LookerApi } from '../../looker'
import { deleteScope, type DeleteScope } from '../../shared/git/deleteScope'
import { deleteWithBackup } from '../../shared/git/deleteWithBackup'
import { deleteReason } from '../../shared/git/permissions'
import type { AllBranches } from './useAllBranches'
import type { HealthRow } from './healthRows'

/** One branch the clean-up would delete, and what deleting it removes. */
export interface PlannedDelete {
  row: HealthRow
  scope: DeleteScope
  /** Its project has uncommitted changes: Looker refuses to create a backup branch there. */
  noBackup: boolean
}

/** The dry run: what each selected branch's delete would remove, from the branches Looker listed. */
export function planCleanUp(rows: readonly HealthRow[], all: AllBranches): PlannedDelete[] {
  return rows.map((row) => {
    const read = all[row.project.id]
    const listed = read?.status === 'success' ? read.value : null
    return {
      row,
      scope: deleteScope(row.branch, listed?.branches ?? []),
      noBackup: listed ? isPossiblyDirty(listed.state.git) : true,
    }
  })
}

export type CleanUpOutcome =
  | { item: PlannedDelete; status: 'deleted'; backup: string | null }
  | { item: PlannedDelete; status: 'refused'; error: ApiError }
  | { item: PlannedDelete; status: 'notAttempted' }

/** Why `item` may no longer be deleted as previewed, or null; from a fresh read of its project. */
function changedSincePreview(
  item: PlannedDelete,
  fresh: Awaited<ReturnType<LookerApi['getBranches']>>
): string | null {
  const { branch, project } = item.row
  const now = fresh.branches.find((b) => b.name === branch.name)
  if (!now) return `Looker no longer lists ${branch.name} in ${project.name}`
  if (now.ref !== branch.ref || now.remoteRef !== branch.remoteRef) {
    return `${branch.name} moved to another commit since the preview`
  }
  const workspaceId = fresh.state.workspaceId ?? 'dev'
  const blocked = deleteReason({ project, workspaceId, user: null }, now)
  if (blocked) return blocked
  if (deleteScope(now, fresh.branches).atRisk !== item.scope.atRisk) {
    return `whether another branch keeps the commits of ${branch.name} changed since the preview`
  }
  return null
}

/**
 * Deletes the planned branches one by one. Before each delete its project's branches are read
 * again: a branch that changed since the preview is not deleted and stops the clean-up, as does
 * Looker's first refusal; the rest are reported as not attempted. `backups` names the backup
 * branch to save first, by row key.
 */
export async function runCleanUp(
  api: LookerApi,
  plan: readonly PlannedDelete[],
  backups: ReadonlyMap<string, string>,
  onProgress: (done: number, item: PlannedDelete) => void
): Promise<CleanUpOutcome[]> {
  const outcomes: CleanUpOutcome[] = []
  let stopped = false
  for (const [i, item] of plan.entries()) {
    if (stopped) {
      outcomes.push({ item, status: 'notAttempted' })
      continue
    }
    onProgress(i, item)
    const { project, branch } = item.row
    const backup = backups.get(item.row.key) ?? null
    try {
      const fresh = await api.getBranches(project.id)
      const changed = changedSincePreview(item, fresh)
      if (changed) {
        // The reasons from permissions.ts are sentences with their own full stop.
        throw new ApiError(`Not deleted: ${changed.replace(/\.$/, '')}.`, 'unexpected')
      }
      const now = fresh.branches.find((b) => b.name === branch.name)!
      await deleteWithBackup(api, project.id, now, fresh.state, backup)
      outcomes.push({ item, status: 'deleted', backup })
    } catch (e) {
      outcomes.push({ item, status: 'refused', error: toApiError(e) })
      stopped = true
    }
  }
  return outcomes
}

/** The git health table's rows: pure, so filtering thousands of branches is easy to trust and time. */
import type { Branch, BranchKind, Project } from '../../looker'
import { deleteReason, GIT_LOCKED_REASON, type GitAccess } from '../../shared/git/permissions'

const DAY_SECONDS = 86400

/** Why nothing is offered for a locked repository: the same words as on the branches page. */
export const LOCKED_REASON = GIT_LOCKED_REASON

/** Where a branch is: the developer copy, the remote repository, or both. */
export type BranchPlace = 'local' | 'remote' | 'both'

/** One branch of one project, as the table shows it. */
export interface HealthRow {
  /** Unique across projects: project id and branch name. */
  key: string
  project: Project
  branch: Branch
  /** Whole days since the last commit; null when Looker gives no commit time. */
  ageDays: number | null
  where: BranchPlace
  kind: BranchKind
  /** Why it cannot be selected for deletion (Looker would refuse), or null. */
  blocked: string | null
}

export function branchPlace(b: Branch): BranchPlace {
  return b.isLocal && b.isRemote ? 'both' : b.isRemote ? 'remote' : 'local'
}

/** A project's branches as rows; `now` in UNIX seconds. */
export function healthRows(
  access: GitAccess,
  branches: readonly Branch[],
  now: number
): HealthRow[] {
  return branches.map((branch) => ({
    key: `${access.project.id}\u0000${branch.name}`,
    project: access.project,
    branch,
    ageDays:
      branch.commitAt === null
        ? null
        : Math.max(0, Math.floor((now - branch.commitAt) / DAY_SECONDS)),
    where: branchPlace(branch),
    kind: branch.isProduction ? 'production' : branch.isPersonal ? 'personal' : 'shared',
    blocked: access.project.isGitDevLocked ? LOCKED_REASON : deleteReason(access, branch),
  }))
}

/** The table's filter: '' means any project / any kind; null age means any age. */
export interface HealthFilter {
  /** Only branches with no commit in more than this many days. */
  maxAgeDays: number | null
  projectId: string
  kind: BranchKind | ''
}

/** The age filter a page opens with: no commit in 90 days. */
export const DEFAULT_MAX_AGE_DAYS = 90

const byName = new Intl.Collator().compare

/** Oldest first, undated last; then by project and branch name. */
export function sortHealthRows(rows: HealthRow[]): HealthRow[] {
  return [...rows].sort(
    (a, b) =>
      (b.ageDays ?? -1) - (a.ageDays ?? -1) ||
      byName(a.project.name, b.project.name) ||
      byName(a.branch.name, b.branch.name)
  )
}

/** The rows the filter keeps, in the given order (sort once with sortHealthRows, filter per change). */
export function filterRows(sorted: readonly HealthRow[], f: HealthFilter): HealthRow[] {
  const out: HealthRow[] = []
  for (const r of sorted) {
    if (f.maxAgeDays !== null && (r.ageDays === null || r.ageDays <= f.maxAgeDays)) continue
    if (f.projectId && r.project.id !== f.projectId) continue
    if (f.kind && r.kind !== f.kind) continue
    out.push(r)
  }
  return out
}

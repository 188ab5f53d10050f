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

const compareRows = (a: HealthRow, b: HealthRow) =>
  (b.ageDays ?? -1) - (a.ageDays ?? -1) ||
  byName(a.project.name, b.project.name) ||
  byName(a.branch.name, b.branch.name)

/** Oldest first, undated last; then by project and branch name. */
export function sortHealthRows(rows: HealthRow[]): HealthRow[] {
  return [...rows].sort(compareRows)
}

/** Two lists in sortHealthRows' order as one, in one pass. */
function mergeSorted(a: readonly HealthRow[], b: readonly HealthRow[]): HealthRow[] {
  const out: HealthRow[] = new Array<HealthRow>(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) out[k++] = compareRows(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!
  while (i < a.length) out[k++] = a[i++]!
  while (j < b.length) out[k++] = b[j++]!
  return out
}

/** The sorted rows of every project read so far, and each project's answer they came from. */
export interface SortedRows {
  parts: ReadonlyMap<string, { read: object; rows: HealthRow[] }>
  sorted: HealthRow[]
}

/**
 * The rows in sortHealthRows' order after more answers arrived (or one was read again, or a project
 * went): only new answers are turned into rows and sorted, then merged in one pass, so a page
 * reading a thousand projects does not sort every branch again with each batch. `prev` must come
 * from the same `ctx` (pass null when the workspace, the user or the clock changed); the same
 * `prev` comes back when nothing changed.
 */
export function updateSorted(
  prev: SortedRows | null,
  reads: ReadonlyArray<readonly [Project, { branches: readonly Branch[] }]>,
  ctx: { now: number; access(project: Project): GitAccess }
): SortedRows {
  const parts = new Map<string, { read: object; rows: HealthRow[] }>()
  const dropped = new Set(prev?.parts.keys() ?? [])
  const added: HealthRow[] = []
  for (const [project, read] of reads) {
    const part = prev?.parts.get(project.id)
    if (part?.read === read) {
      dropped.delete(project.id)
      parts.set(project.id, part)
      continue
    }
    const rows = healthRows(ctx.access(project), read.branches, ctx.now)
    parts.set(project.id, { read, rows })
    for (const r of rows) added.push(r)
  }
  if (prev && dropped.size === 0 && added.length === 0) return prev
  const kept = !prev
    ? []
    : dropped.size > 0
      ? prev.sorted.filter((r) => !dropped.has(r.project.id))
      : prev.sorted
  return { parts, sorted: added.length > 0 ? mergeSorted(kept, sortHealthRows(added)) : kept }
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

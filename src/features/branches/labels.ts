/** Plain words for branches. */
import type { Branch } from '../../looker'
import { formatCommitTime } from '../../shared/format'

/**
 * The last commit as Looker gives it: time, short SHA and message. What Looker leaves out is
 * left out (no "—"); Looker's GitBranch has no commit author, so none is shown.
 */
export function lastCommitLabel(b: Branch): string {
  return [
    b.commitAt !== null && `last commit ${formatCommitTime(b.commitAt)}`,
    b.ref && /^[0-9a-f]{7,40}$/i.test(b.ref) && b.ref.slice(0, 7),
    b.message && `“${b.message}”`,
  ]
    .filter((p): p is string => typeof p === 'string')
    .join(' · ')
}

/** The branch's flags, e.g. ["current", "personal", "read-only"]. */
export function branchFlags(b: Branch): string[] {
  return [
    b.isCurrent && 'current',
    b.isProduction && 'production',
    b.isPersonal && 'personal',
    b.isReadOnly && 'read-only',
    b.isLocal && !b.isRemote && 'local only',
    b.isRemote && !b.isLocal && 'remote only',
  ].filter((f): f is string => typeof f === 'string')
}

/** Ahead/behind of the remote, or why there is no count. */
export function aheadBehindLabel(b: Branch): string {
  if (b.ahead === null || b.behind === null) return b.isRemote ? '—' : 'not on the remote'
  if (b.ahead === 0 && b.behind === 0) return 'up to date'
  return [b.ahead && `${b.ahead} ahead`, b.behind && `${b.behind} behind`]
    .filter(Boolean)
    .join(', ')
}

export type BranchSort = 'name' | 'recent'

const byName = new Intl.Collator().compare

/** Sorted by name, or newest commit first: done once per list, not on every keystroke. */
export function sortBranches(branches: Branch[], sort: BranchSort): Branch[] {
  return [...branches].sort((a, b) =>
    sort === 'recent'
      ? (b.commitAt ?? 0) - (a.commitAt ?? 0) || byName(a.name, b.name)
      : byName(a.name, b.name)
  )
}

/** Branches whose name contains `filter` (any case), in their order. */
export function filterBranches(branches: Branch[], filter: string): Branch[] {
  const needle = filter.trim().toLowerCase()
  return needle ? branches.filter((b) => b.name.toLowerCase().includes(needle)) : branches
}

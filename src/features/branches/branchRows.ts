/** Filtering and sorting the branches table: pure, so they are easy to trust. */
import type { Branch } from '../../looker'

export type BranchSort = 'name' | 'recent'

/** Branches whose name contains `filter` (any case), by name or most recent commit first. */
export function visibleBranches(branches: Branch[], filter: string, sort: BranchSort): Branch[] {
  const needle = filter.trim().toLowerCase()
  const list = needle
    ? branches.filter((b) => b.name.toLowerCase().includes(needle))
    : [...branches]
  return list.sort((a, b) =>
    sort === 'recent'
      ? (b.commitAt ?? 0) - (a.commitAt ?? 0) || a.name.localeCompare(b.name)
      : a.name.localeCompare(b.name)
  )
}

/** Filtering and sorting the branches table: pure, so they are easy to trust. */
import type { Branch } from '../../looker'

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

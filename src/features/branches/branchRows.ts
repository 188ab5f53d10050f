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

/** A list made ready for filtering as one types: each name lowercased once. */
export interface Searchable {
  branches: Branch[]
  lower: string[]
}

export function searchable(branches: Branch[]): Searchable {
  return { branches, lower: branches.map((b) => b.name.toLowerCase()) }
}

/** A filter's answer, kept so that the next, longer filter only searches what this one found. */
export interface Filtered {
  list: Searchable
  needle: string
  /** Positions in the searchable list, in its order. */
  at: number[]
  rows: Branch[]
}

/**
 * The branches whose name contains `filter` (any case), in the list's order. A filter that extends
 * the previous one (a letter typed) searches only the previous matches.
 */
export function filterSearchable(list: Searchable, filter: string, previous?: Filtered): Filtered {
  const needle = filter.trim().toLowerCase()
  if (!needle) return { list, needle, at: [], rows: list.branches }
  const narrower = previous?.list === list && previous.needle && needle.includes(previous.needle)
  const from = narrower ? previous.at : null
  const at: number[] = []
  if (from) {
    for (const i of from) if (list.lower[i]!.includes(needle)) at.push(i)
  } else {
    for (let i = 0; i < list.lower.length; i++) if (list.lower[i]!.includes(needle)) at.push(i)
  }
  return { list, needle, at, rows: at.map((i) => list.branches[i]!) }
}

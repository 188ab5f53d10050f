/** Sorting result rows by a column's raw values, as Looker sorts: nulls first, numbers as numbers. */

export type SortDirection = 'ascending' | 'descending'

export interface SortState {
  key: string
  direction: SortDirection
}

/** Orders two raw cells: nulls first, numbers numerically, anything else as text. */
export function compareCells(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === null || a === undefined) return -1
  if (b === null || b === undefined) return 1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a).localeCompare(String(b), undefined, { numeric: true })
}

/** A sorted copy (stable: ties keep Looker's order); the same array when there is no sort. */
export function sortRows<R>(rows: R[], value: (row: R) => unknown, direction: SortDirection): R[] {
  const sign = direction === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => sign * compareCells(value(a), value(b)))
}

/** The next sort after a click on `key`: ascending, then descending, then back to ascending. */
export function nextSort(current: SortState | null, key: string): SortState {
  if (current?.key === key && current.direction === 'ascending') {
    return { key, direction: 'descending' }
  }
  return { key, direction: 'ascending' }
}

/**
 * Pure diff logic for production against development: SQL line by line (jsdiff), and results row
 * by row, matched on the dimension columns after a stable sort, numbers equal within a tolerance.
 * Shared by Test query's comparison and the content check, so both match rows the same way.
 */
import { plural } from './format'
import type { FieldCategory, Row } from '../looker'

export { sqlDiff } from './lineDiff'

/** What the diff needs of a column: its name, and whether it is a dimension (rows match on those). */
export interface DiffColumn {
  name: string
  category: FieldCategory
}

export type RowDiffKind = 'same' | 'changed' | 'only-production' | 'only-development'

export interface RowDiff {
  kind: RowDiffKind
  production: Row | null
  development: Row | null
  /** Non-dimension columns whose values differ (beyond the tolerance). */
  changed: string[]
}

export interface ResultDiff {
  rows: RowDiff[]
  changed: number
  onlyProduction: number
  onlyDevelopment: number
  identical: boolean
  /** False while rows are still being matched: the counts so far are not the answer yet. */
  complete: boolean
}

/** Orders two cells: nulls first, numbers numerically, anything else as text. */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === null || a === undefined) return -1
  if (b === null || b === undefined) return 1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const sa = String(a)
  const sb = String(b)
  return sa < sb ? -1 : sa > sb ? 1 : 0
}

/** Whether two cells count as equal: numbers within `tolerance`, anything else exactly. */
export function sameCell(a: unknown, b: unknown, tolerance: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= tolerance
  return (a ?? null) === (b ?? null)
}

/** Orders two rows by their dimension values, read where they are (no key is built per row). */
function compareRows(a: Row, b: Row, dims: string[]): number {
  for (const d of dims) {
    const c = compareValues(a[d] ?? null, b[d] ?? null)
    if (c !== 0) return c
  }
  return 0
}

/**
 * Rows sorted by their dimensions; ties keep Looker's order (the sort is stable). Looker usually
 * answers both sides in one order already, and a sorted list costs one comparison per row.
 */
function sortByDimensions(rows: Row[], dims: string[]): Row[] {
  return dims.length ? [...rows].sort((a, b) => compareRows(a, b, dims)) : rows
}

/** A matched row with no change: one shared empty list instead of 5,000 of them. */
const NOTHING = Object.freeze([]) as unknown as string[]

/** A diff made a few rows at a time: the first screenful first, the rest in later tasks. */
export interface DiffInSteps {
  /** Matches up to `count` more rows of the result. */
  step(count: number): void
  /** Every row matched. */
  readonly done: boolean
  /** The diff so far (its counts are final once `complete`). */
  result(): ResultDiff
}

/**
 * Matches rows on the dimension columns (rows with equal dimensions pair up in order) and
 * compares every other column, in steps. Without dimensions, rows pair up by position. The two
 * sorts happen up front (a sorted side, as Looker usually answers, costs one comparison per row);
 * then each step walks both sides a little further, counting as it goes. The cells are formatted
 * later, only those on screen.
 */
export function diffInSteps(
  columns: DiffColumn[],
  production: Row[],
  development: Row[],
  tolerance = 0
): DiffInSteps {
  const dims = columns.filter((c) => c.category === 'dimension').map((c) => c.name)
  const values = columns.filter((c) => c.category !== 'dimension').map((c) => c.name)
  const p = sortByDimensions(production, dims)
  const d = sortByDimensions(development, dims)
  const rows: RowDiff[] = []
  let changedRows = 0
  let onlyProduction = 0
  let onlyDevelopment = 0
  let i = 0
  let j = 0
  const done = () => i >= p.length && j >= d.length
  const next = (): RowDiff => {
    const order = i >= p.length ? 1 : j >= d.length ? -1 : compareRows(p[i]!, d[j]!, dims)
    if (order < 0) {
      onlyProduction++
      return { kind: 'only-production', production: p[i++]!, development: null, changed: NOTHING }
    }
    if (order > 0) {
      onlyDevelopment++
      return { kind: 'only-development', production: null, development: d[j++]!, changed: NOTHING }
    }
    const a = p[i++]!
    const b = d[j++]!
    let changed = NOTHING
    for (const name of values) {
      if (sameCell(a[name], b[name], tolerance)) continue
      if (changed === NOTHING) changed = []
      changed.push(name)
    }
    if (changed.length) changedRows++
    return { kind: changed.length ? 'changed' : 'same', production: a, development: b, changed }
  }
  return {
    step(count) {
      for (let n = 0; n < count && !done(); n++) rows.push(next())
    },
    get done() {
      return done()
    },
    result() {
      return {
        rows: rows.slice(),
        changed: changedRows,
        onlyProduction,
        onlyDevelopment,
        identical: changedRows + onlyProduction + onlyDevelopment === 0,
        complete: done(),
      }
    },
  }
}

/** The whole diff at once (see {@link diffInSteps}). */
export function resultDiff(
  columns: DiffColumn[],
  production: Row[],
  development: Row[],
  tolerance = 0
): ResultDiff {
  const steps = diffInSteps(columns, production, development, tolerance)
  steps.step(Infinity)
  return steps.result()
}

/** "Identical" or how many rows differ, in words. */
export function summarize(diff: ResultDiff): string {
  if (diff.identical) return `Identical: all ${diff.rows.length} rows match.`
  const differ = diff.changed + diff.onlyProduction + diff.onlyDevelopment
  return `${plural(differ, 'row differs', 'rows differ')}: ${diff.changed} changed, ${diff.onlyProduction} only in production, ${diff.onlyDevelopment} only in development.`
}

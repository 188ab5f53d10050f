/**
 * Pure diff logic for production against development: SQL line by line (jsdiff), and results row
 * by row, matched on the dimension columns after a stable sort, numbers equal within a tolerance.
 */
import { plural } from '../../../shared/format'
import type { Row } from '../../../looker'
import type { Column } from '../columns'

export { sqlDiff, type SqlLine } from '../../../shared/lineDiff'

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

function keyOf(row: Row, dims: Column[]): unknown[] {
  return dims.map((d) => row[d.name] ?? null)
}

function compareKeys(a: unknown[], b: unknown[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareValues(a[i], b[i])
    if (c !== 0) return c
  }
  return 0
}

interface Keyed {
  row: Row
  key: unknown[]
}

/** Rows with their dimension values read once, sorted by them; ties keep Looker's order. */
function sortByKey(rows: Row[], dims: Column[]): Keyed[] {
  return rows
    .map((row) => ({ row, key: keyOf(row, dims) }))
    .sort((a, b) => compareKeys(a.key, b.key))
}

/**
 * Matches rows on the dimension columns (rows with equal dimensions pair up in order) and
 * compares every other column. Without dimensions, rows pair up by position. One pass after the
 * two sorts; the cells are formatted later, only those on screen.
 */
export function resultDiff(
  columns: Column[],
  production: Row[],
  development: Row[],
  tolerance = 0
): ResultDiff {
  const dims = columns.filter((c) => c.category === 'dimension')
  const values = columns.filter((c) => c.category !== 'dimension').map((c) => c.name)
  const p = sortByKey(production, dims)
  const d = sortByKey(development, dims)
  const rows: RowDiff[] = []
  let i = 0
  let j = 0
  while (i < p.length || j < d.length) {
    const order = i >= p.length ? 1 : j >= d.length ? -1 : compareKeys(p[i]!.key, d[j]!.key)
    if (order < 0)
      rows.push({
        kind: 'only-production',
        production: p[i++]!.row,
        development: null,
        changed: [],
      })
    else if (order > 0)
      rows.push({
        kind: 'only-development',
        production: null,
        development: d[j++]!.row,
        changed: [],
      })
    else {
      const a = p[i++]!.row
      const b = d[j++]!.row
      const changed = values.filter((name) => !sameCell(a[name], b[name], tolerance))
      rows.push({
        kind: changed.length ? 'changed' : 'same',
        production: a,
        development: b,
        changed,
      })
    }
  }
  const count = (kind: RowDiffKind) => rows.filter((r) => r.kind === kind).length
  const changed = count('changed')
  const onlyProduction = count('only-production')
  const onlyDevelopment = count('only-development')
  return {
    rows,
    changed,
    onlyProduction,
    onlyDevelopment,
    identical: changed + onlyProduction + onlyDevelopment === 0,
  }
}

/** "Identical" or how many rows differ, in words. */
export function summarize(diff: ResultDiff): string {
  if (diff.identical) return `Identical: all ${diff.rows.length} rows match.`
  const differ = diff.changed + diff.onlyProduction + diff.onlyDevelopment
  return `${plural(differ, 'row differs', 'rows differ')}: ${diff.changed} changed, ${diff.onlyProduction} only in production, ${diff.onlyDevelopment} only in development.`
}

/**
 * What Looker does to a query's rows after the SQL: table calculations, computed on the result
 * rows (they are not in the SQL), and pivots, which turn each pivot value into a column of every
 * measure (docs/looker-api-behaviour.md "Pivots and table calculations").
 */
import type { TableCalc } from './compile'

type Rec = Record<string, unknown>

/** Looker's separator between the values of several pivot fields in a pivot key. */
export const PIVOT_KEY_SEPARATOR = '|FIELD|'

/**
 * A table calculation's values, one per row, for the subset of Looker expressions the fake knows:
 * numbers, `${field}` (and other calculations by name), `+ - * /`, parentheses and `sum(...)`
 * over the column. Anything else, or a division by zero, is null (fake's choice).
 */
export function calcValues(calc: TableCalc, rows: Rec[]): unknown[] {
  const tokens = calc.expression.match(/\$\{[^}]+\}|\d+(?:\.\d+)?|[A-Za-z_]\w*|[-+*/()]/g) ?? []
  const parse = () => {
    let i = 0
    const peek = () => tokens[i]
    type Node = (row: Rec) => number | null
    const op =
      (a: Node, o: string, b: Node): Node =>
      (row) => {
        const x = a(row)
        const y = b(row)
        if (x === null || y === null) return null
        if (o === '+') return x + y
        if (o === '-') return x - y
        if (o === '*') return x * y
        return y === 0 ? null : x / y
      }
    function expr(): Node {
      let left = term()
      while (peek() === '+' || peek() === '-') left = op(left, tokens[i++]!, term())
      return left
    }
    function term(): Node {
      let left = factor()
      while (peek() === '*' || peek() === '/') left = op(left, tokens[i++]!, factor())
      return left
    }
    function factor(): Node {
      const t = tokens[i++]
      if (t === undefined) throw new Error('end')
      if (t === '-') {
        const f = factor()
        return (row) => {
          const v = f(row)
          return v === null ? null : -v
        }
      }
      if (t === '(') {
        const e = expr()
        if (tokens[i++] !== ')') throw new Error(')')
        return e
      }
      if (/^\d/.test(t)) return () => Number(t)
      if (t.startsWith('${')) {
        const name = t.slice(2, -1)
        return (row) => (typeof row[name] === 'number' ? (row[name] as number) : null)
      }
      if (t.toLowerCase() === 'sum' && tokens[i++] === '(') {
        const inner = expr()
        if (tokens[i++] !== ')') throw new Error(')')
        const total = rows.reduce<number>((sum, row) => sum + (inner(row) ?? 0), 0)
        return () => total
      }
      throw new Error(t)
    }
    const node = expr()
    if (i !== tokens.length) throw new Error('rest')
    return node
  }
  try {
    const node = parse()
    return rows.map((row) => node(row))
  } catch {
    return rows.map(() => null)
  }
}

/** Adds each table calculation's value to the rows (in order: a later one may use an earlier). */
export function withCalcs(rows: Rec[], calcs: TableCalc[]): Rec[] {
  if (!calcs.length) return rows
  const out = rows.map((r) => ({ ...r }))
  for (const calc of calcs) {
    const values = calcValues(calc, out)
    out.forEach((r, i) => (r[calc.name] = values[i]))
  }
  return out
}

export interface Pivoted {
  /** One row per combination of the other dimensions: each measure `{pivot key: cell}`. */
  rows: Rec[]
  /** The pivot columns in order, each with its key and the pivot fields' values. */
  pivots: Array<{ key: string; data: Rec }>
}

/**
 * Rows of a pivoted query: grouped by the dimensions that are not pivoted; each measure's cell
 * per pivot key (every key on every row, null where the combination has no row).
 */
export function pivotRows(
  records: Rec[],
  pivotFields: string[],
  rowFields: string[],
  measures: string[],
  cell: (value: unknown, field: string) => unknown
): Pivoted {
  const pivots = new Map<string, Rec>()
  const rows = new Map<string, Rec>()
  for (const r of records) {
    const key = pivotFields.map((p) => String(r[p] ?? 'null')).join(PIVOT_KEY_SEPARATOR)
    if (!pivots.has(key)) pivots.set(key, Object.fromEntries(pivotFields.map((p) => [p, r[p]])))
    const rowKey = JSON.stringify(rowFields.map((f) => r[f] ?? null))
    let row = rows.get(rowKey)
    if (!row) {
      row = Object.fromEntries(rowFields.map((f) => [f, cell(r[f] ?? null, f)]))
      for (const m of measures) row[m] = {}
      rows.set(rowKey, row)
    }
    for (const m of measures) (row[m] as Rec)[key] = cell(r[m] ?? null, m)
  }
  for (const row of rows.values())
    for (const m of measures)
      for (const key of pivots.keys()) (row[m] as Rec)[key] ??= cell(null, m)
  return {
    rows: [...rows.values()],
    pivots: [...pivots].map(([key, data]) => ({ key, data })),
  }
}

/**
 * Looker filter expressions -> SQL conditions, for the common cases of each field type
 * (https://cloud.google.com/looker/docs/filter-expressions): strings (`foo`, `a,b`, `-foo`,
 * `%oo%`, `NULL`, `EMPTY`), numbers (`5`, `>10`, `[1,10]`, `NOT 3`, `>1 AND <9`, `NULL`),
 * dates (`7 days`, `3 days ago`, `today`, `this month`, `2024-01`, `2024-01-01 to 2024-02-01`,
 * `before 2024-06-01`, `after ...`) and yesno (`Yes`/`No`). Anything else is a `FilterError`.
 */
import { dateTerm, quote } from './dateFilters'
import type { DimensionType } from './types'

export class FilterError extends Error {}

/** Joins conditions with `op`, bracketing the compound ones. */
function group(parts: string[], op: 'AND' | 'OR'): string {
  if (parts.length === 0) throw new FilterError('is empty')
  if (parts.length === 1) return parts[0]!
  return parts.map((p) => (/\s(AND|OR)\s/.test(p) ? `(${p})` : p)).join(` ${op} `)
}

/** Splits on commas outside brackets; `^,` is an escaped comma. */
function splitTerms(expression: string): string[] {
  const terms: string[] = []
  let depth = 0
  let current = ''
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i]!
    if (c === '^' && i + 1 < expression.length) {
      current += expression[++i]
      continue
    }
    if (c === '[' || c === '(') depth++
    if (c === ']' || c === ')') depth--
    if (c === ',' && depth === 0) {
      terms.push(current)
      current = ''
    } else current += c
  }
  terms.push(current)
  return terms.map((t) => t.trim()).filter((t) => t !== '')
}

function stringFilter(x: string, expression: string): string {
  const positive: string[] = []
  const negative: string[] = []
  for (const term of splitTerms(expression)) {
    const negated = term.startsWith('-')
    const value = negated ? term.slice(1) : term
    let condition: string
    if (value === 'NULL') condition = `${x} IS NULL`
    else if (value === 'EMPTY') condition = `(${x} IS NULL OR LENGTH(${x} ) = 0)`
    else if (value.includes('%')) condition = `${x} LIKE ${quote(value)}`
    else condition = `${x} = ${quote(value)}`
    if (!negated) positive.push(condition)
    else if (value === 'NULL' || value === 'EMPTY') negative.push(`NOT ${condition}`)
    // Looker keeps NULL rows when excluding a value: `x <> 'a' OR x IS NULL`.
    else negative.push(`NOT (${condition}) OR ${x} IS NULL`)
  }
  const equalities = positive.filter((p) => p.startsWith(`${x} = `))
  const rest = positive.filter((p) => !p.startsWith(`${x} = `))
  if (equalities.length > 1) {
    rest.unshift(`${x} IN (${equalities.map((e) => e.slice(x.length + 3)).join(', ')})`)
  } else rest.unshift(...equalities)
  return group([...(rest.length ? [group(rest, 'OR')] : []), ...negative], 'AND')
}

const NUMBER = /^-?\d+(\.\d+)?$/

function num(text: string, expression: string): string {
  const t = text.trim()
  if (!NUMBER.test(t)) throw new FilterError(`"${expression}" is not a valid number filter`)
  return t
}

function numberAtom(x: string, atom: string, expression: string): string {
  const a = atom.trim()
  if (/^NULL$/i.test(a)) return `${x} IS NULL`
  if (/^NOT NULL$/i.test(a)) return `${x} IS NOT NULL`
  const range = /^([[(])\s*(.+?)\s*,\s*(.+?)\s*([\])])$/.exec(a)
  if (range) {
    const lo = `${x} ${range[1] === '[' ? '>=' : '>'} ${num(range[2]!, expression)}`
    const hi = `${x} ${range[4] === ']' ? '<=' : '<'} ${num(range[3]!, expression)}`
    return `${lo} AND ${hi}`
  }
  const not = /^(?:NOT\s+|!=|<>)\s*(.+)$/i.exec(a)
  if (not) return `${x} <> ${num(not[1]!, expression)} OR ${x} IS NULL`
  const cmp = /^(>=|<=|>|<|=)\s*(.+)$/.exec(a)
  if (cmp) return `${x} ${cmp[1]} ${num(cmp[2]!, expression)}`
  return `${x} = ${num(a, expression)}`
}

function numberFilter(x: string, expression: string): string {
  const ors = splitTerms(expression).flatMap((t) => t.split(/\s+OR\s+/i))
  const conditions = ors.map((term) =>
    group(
      term.split(/\s+AND\s+/i).map((atom) => numberAtom(x, atom, expression)),
      'AND'
    )
  )
  return group(conditions, 'OR')
}

function yesnoFilter(x: string, expression: string): string {
  const value = expression.trim().toLowerCase()
  if (value !== 'yes' && value !== 'no') throw new FilterError(`"${expression}" is not Yes or No`)
  return `${x} = ${quote(value === 'yes' ? 'Yes' : 'No')}`
}

function dateFilter(x: string, expression: string, now: Date): string {
  const conditions = splitTerms(expression).map((term) => {
    const condition = dateTerm(x, term, now)
    if (!condition) throw new FilterError(`"${term}" is not a date filter this fake understands`)
    return condition
  })
  return group(conditions, 'OR')
}

/**
 * The SQL condition for `expression` on a field whose SQL is `fieldSql`, in Looker's style
 * (`(orders.status ) = 'complete'`). Throws `FilterError` for expressions it cannot read.
 */
export function filterToSql(
  fieldSql: string,
  type: DimensionType,
  expression: string,
  now: Date = new Date()
): string {
  const x = `(${fieldSql} )`
  if (expression.trim() === '') throw new FilterError('is empty')
  const read = { number: numberFilter, yesno: yesnoFilter, string: stringFilter }
  const condition = type === 'date' ? dateFilter(x, expression, now) : read[type](x, expression)
  return `(${condition})`
}

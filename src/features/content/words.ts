/** The check's outcomes in words, and their order of impact (most first). */
import type { NotComparedReason, SavedQuery } from '../../looker'
import type { QueryOutcome } from './types'

const NOT_COMPARED: Record<NotComparedReason, string> = {
  text: 'Not compared: a text tile has no query',
  merged: 'Not compared: merged results have no single query',
  'no-query': 'Not compared: Looker gave no query for it',
}

const side = (s: 'production' | 'development') => (s === 'production' ? 'production' : 'the branch')

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 4 })

export function outcomeWords(
  outcome: QueryOutcome | null,
  notCompared: NotComparedReason | null
): string {
  if (notCompared) return NOT_COMPARED[notCompared]
  if (!outcome) return 'Not measured (the run stopped first)'
  switch (outcome.kind) {
    case 'same-sql':
      return 'Same SQL'
    case 'identical':
      return `Identical (${outcome.rows} ${outcome.rows === 1 ? 'row' : 'rows'})`
    case 'differ': {
      const parts = []
      if (outcome.largestAbsolute !== null)
        parts.push(`largest change ${number(outcome.largestAbsolute)}`)
      if (outcome.largestRelative !== null) parts.push(`${number(outcome.largestRelative * 100)}%`)
      const more = parts.length ? ` (${parts.join(', ')})` : ''
      return `${outcome.rows} ${outcome.rows === 1 ? 'row differs' : 'rows differ'}${more}`
    }
    case 'fields': {
      const parts = []
      if (outcome.added.length) parts.push(`fields added: ${outcome.added.join(', ')}`)
      if (outcome.dropped.length) parts.push(`fields dropped: ${outcome.dropped.join(', ')}`)
      return parts.join('; ').replace(/^f/, 'F')
    }
    case 'failed':
      return `Fails on ${side(outcome.side)}: ${outcome.message}`
    case 'timed-out':
      return `Timed out on ${side(outcome.side)}`
  }
}

/** Lower is more impact: failures, changed fields, changed rows, timeouts, then the unchanged. */
export function impactRank(
  outcome: QueryOutcome | null,
  notCompared: NotComparedReason | null
): number {
  if (notCompared) return 7
  if (!outcome) return 4
  return { failed: 0, fields: 1, differ: 2, 'timed-out': 3, identical: 5, 'same-sql': 6 }[
    outcome.kind
  ]
}

/** Test query's address for the query, compared on arrival (pivots and table calculations kept in the address). */
export function testQueryPath(q: SavedQuery): string {
  const params = new URLSearchParams()
  params.set('model', q.model)
  params.set('explore', q.explore)
  params.set('fields', q.fields.join(','))
  for (const [field, expression] of Object.entries(q.filters)) params.set(`f[${field}]`, expression)
  if (q.sorts.length) params.set('sorts', q.sorts.join(','))
  const limit = Number(q.limit)
  params.set('limit', String(Number.isInteger(limit) && limit >= 1 && limit <= 5000 ? limit : 500))
  if (q.pivots.length) params.set('pivots', q.pivots.join(','))
  if (q.dynamicFields) params.set('dynamic_fields', q.dynamicFields)
  return `/query?${params.toString()}&compare=1`
}

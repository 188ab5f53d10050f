/** The content check's outcomes in the words of its results table, and their order of impact. */
import type { SavedQuery } from '../../looker'
import type { QueryOutcome } from './types'
import { impactRank, outcomeWords, testQueryPath } from './words'

test.each<[QueryOutcome | null, string]>([
  [null, 'Not measured (the run stopped first)'],
  [{ kind: 'same-sql' }, 'Same SQL'],
  [{ kind: 'identical', rows: 1 }, 'Identical (1 row)'],
  [{ kind: 'identical', rows: 1200 }, 'Identical (1200 rows)'],
  [{ kind: 'differ', rows: 1, largestAbsolute: null, largestRelative: null }, '1 row differs'],
  [
    { kind: 'differ', rows: 3, largestAbsolute: 12345.678912, largestRelative: 0.123456 },
    '3 rows differ (largest change 12,345.6789, 12.3456%)',
  ],
  [{ kind: 'differ', rows: 2, largestAbsolute: null, largestRelative: 0.5 }, '2 rows differ (50%)'],
  [
    { kind: 'differ', rows: 2, largestAbsolute: 4, largestRelative: null },
    '2 rows differ (largest change 4)',
  ],
  [{ kind: 'fields', added: ['a.x', 'a.y'], dropped: [] }, 'Fields added: a.x, a.y'],
  [{ kind: 'fields', added: [], dropped: ['a.z'] }, 'Fields dropped: a.z'],
  [{ kind: 'fields', added: [], dropped: ['a.z', 'a.w'] }, 'Fields dropped: a.z, a.w'],
  [{ kind: 'fields', added: ['a.x'], dropped: ['a.z'] }, 'Fields added: a.x; fields dropped: a.z'],
  [
    { kind: 'failed', side: 'production', message: 'Unknown view', documentationUrl: null },
    'Fails on production: Unknown view',
  ],
  [
    { kind: 'failed', side: 'development', message: 'Unknown view', documentationUrl: null },
    'Fails on the branch: Unknown view',
  ],
  [{ kind: 'timed-out', side: 'development' }, 'Timed out on the branch'],
  [{ kind: 'timed-out', side: 'production' }, 'Timed out on production'],
])('%j reads "%s"', (outcome, words) => {
  expect(outcomeWords(outcome, null)).toBe(words)
})

test('why an item was not compared comes first, whatever was measured', () => {
  expect(outcomeWords({ kind: 'same-sql' }, 'text')).toBe('Not compared: a text tile has no query')
  expect(outcomeWords(null, 'merged')).toBe('Not compared: merged results have no single query')
  expect(outcomeWords(null, 'no-query')).toBe('Not compared: Looker gave no query for it')
})

test('most impact first: failures, fields, rows, timeouts, not measured, the unchanged, not compared', () => {
  const order: Array<[QueryOutcome | null, 'text' | null]> = [
    [{ kind: 'failed', side: 'production', message: '', documentationUrl: null }, null],
    [{ kind: 'fields', added: [], dropped: [] }, null],
    [{ kind: 'differ', rows: 1, largestAbsolute: null, largestRelative: null }, null],
    [{ kind: 'timed-out', side: 'production' }, null],
    [null, null],
    [{ kind: 'identical', rows: 1 }, null],
    [{ kind: 'same-sql' }, null],
    [{ kind: 'failed', side: 'production', message: '', documentationUrl: null }, 'text'],
  ]
  expect(order.map(([o, n]) => impactRank(o, n))).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
})

describe('testQueryPath', () => {
  const query: SavedQuery = {
    model: 'shop',
    explore: 'orders',
    fields: ['orders.status', 'orders.count'],
    pivots: [],
    filters: {},
    sorts: [],
    limit: '100',
    dynamicFields: null,
  }
  const params = (path: string) => {
    expect(path.startsWith('/query?')).toBe(true)
    expect(path.endsWith('&compare=1')).toBe(true)
    return Object.fromEntries(new URLSearchParams(path.slice('/query?'.length)))
  }

  test('a plain query: model, explore, fields and its limit', () => {
    expect(params(testQueryPath(query))).toEqual({
      model: 'shop',
      explore: 'orders',
      fields: 'orders.status,orders.count',
      limit: '100',
      compare: '1',
    })
  })

  test('filters, sorts, pivots and table calculations are kept', () => {
    const path = testQueryPath({
      ...query,
      filters: { 'orders.status': 'complete', 'orders.year': '2024' },
      sorts: ['orders.count desc', 'orders.status'],
      pivots: ['orders.year', 'orders.month'],
      dynamicFields: '[{"table_calculation":"x"}]',
    })
    expect(params(path)).toEqual({
      model: 'shop',
      explore: 'orders',
      fields: 'orders.status,orders.count',
      'f[orders.status]': 'complete',
      'f[orders.year]': '2024',
      sorts: 'orders.count desc,orders.status',
      limit: '100',
      pivots: 'orders.year,orders.month',
      dynamic_fields: '[{"table_calculation":"x"}]',
      compare: '1',
    })
  })

  test.each([
    [null, '500'],
    ['1', '1'],
    ['5000', '5000'],
    ['0', '500'],
    ['5001', '500'],
    ['12.5', '500'],
    ['many', '500'],
  ])('a saved limit of %s is asked as %s', (limit, asked) => {
    expect(params(testQueryPath({ ...query, limit })).limit).toBe(asked)
  })
})

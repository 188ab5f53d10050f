import type { Column } from '../columns'
import { resultDiff, sameCell, sqlDiff, summarize } from './diff'

const col = (name: string, category: Column['category']): Column => ({
  name,
  label: name,
  category,
  isNumeric: category === 'measure',
})
const columns = [col('status', 'dimension'), col('month', 'dimension'), col('revenue', 'measure')]

test('SQL lines are shared, only in production, or only in development', () => {
  const prod = 'SELECT\n  SUM(sale_price) AS revenue\nFROM orders\nLIMIT 500'
  const dev = 'SELECT\n  SUM(sale_price - discount) AS revenue\nFROM orders\nLIMIT 500'
  expect(sqlDiff(prod, dev)).toEqual([
    { kind: 'same', text: 'SELECT' },
    { kind: 'production', text: '  SUM(sale_price) AS revenue' },
    { kind: 'development', text: '  SUM(sale_price - discount) AS revenue' },
    { kind: 'same', text: 'FROM orders' },
    { kind: 'same', text: 'LIMIT 500' },
  ])
})

test('identical SQL is all shared', () => {
  expect(sqlDiff('a\nb', 'a\nb').every((l) => l.kind === 'same')).toBe(true)
})

test('rows match on the dimensions whatever order Looker returned them in', () => {
  const prod = [
    { status: 'b', month: '2024-01', revenue: 10 },
    { status: 'a', month: '2024-01', revenue: 5 },
  ]
  const dev = [
    { status: 'a', month: '2024-01', revenue: 5 },
    { status: 'b', month: '2024-01', revenue: 10 },
  ]
  const diff = resultDiff(columns, prod, dev)
  expect(diff.identical).toBe(true)
  expect(summarize(diff)).toBe('Identical: all 2 rows match.')
})

test('changed cells, rows only in production and rows only in development', () => {
  const prod = [
    { status: 'a', month: '2024-01', revenue: 5 },
    { status: 'b', month: '2024-01', revenue: 10 },
    { status: 'c', month: '2024-01', revenue: 1 },
  ]
  const dev = [
    { status: 'a', month: '2024-01', revenue: 4.5 },
    { status: 'b', month: '2024-01', revenue: 10 },
    { status: 'd', month: '2024-01', revenue: 2 },
  ]
  const diff = resultDiff(columns, prod, dev)
  expect(diff.rows.map((r) => [r.kind, r.changed])).toEqual([
    ['changed', ['revenue']],
    ['same', []],
    ['only-production', []],
    ['only-development', []],
  ])
  expect(summarize(diff)).toBe(
    '3 rows differ: 1 changed, 1 only in production, 1 only in development.'
  )
})

test('numbers within the tolerance count as equal, beyond it they do not', () => {
  const prod = [{ status: 'a', month: 'm', revenue: 100 }]
  const dev = [{ status: 'a', month: 'm', revenue: 100.4 }]
  expect(resultDiff(columns, prod, dev, 0.5).identical).toBe(true)
  expect(resultDiff(columns, prod, dev, 0.3).changed).toBe(1)
  expect(sameCell('100', 100, 1)).toBe(false)
  expect(sameCell(null, undefined, 0)).toBe(true)
})

test('duplicate dimension values pair up in order; nulls sort first', () => {
  const prod = [
    { status: 'a', month: null, revenue: 1 },
    { status: 'a', month: null, revenue: 2 },
  ]
  const dev = [{ status: 'a', month: null, revenue: 1 }]
  const diff = resultDiff(columns, prod, dev)
  expect(diff.rows.map((r) => r.kind)).toEqual(['same', 'only-production'])
})

test('without dimensions rows pair by position', () => {
  const diff = resultDiff([col('revenue', 'measure')], [{ revenue: 3 }], [{ revenue: 4 }])
  expect(diff.rows.map((r) => r.kind)).toEqual(['changed'])
  expect(summarize(diff)).toBe(
    '1 row differs: 1 changed, 0 only in production, 0 only in development.'
  )
})

test('rows come out in dimension order: nulls first, numbers by value, text by character', () => {
  const cols = [col('n', 'dimension'), col('t', 'dimension'), col('v', 'measure')]
  const prod = [
    { n: 10, t: 'b', v: 1 },
    { n: 9, t: 'b', v: 1 },
    { n: null, t: 'b', v: 1 },
    { n: 10, t: 'a', v: 1 },
    { n: 100, t: 'a', v: 1 },
  ]
  const dev = [...prod].reverse()
  const diff = resultDiff(cols, prod, dev)
  expect(diff.identical).toBe(true)
  expect(diff.rows.map((r) => [r.production!.n, r.production!.t])).toEqual([
    [null, 'b'],
    [9, 'b'],
    [10, 'a'],
    [10, 'b'],
    [100, 'a'],
  ])
  // a missing dimension is null; mixed types compare as text
  const mixed = resultDiff(
    cols,
    [
      { t: 'x', v: 1 },
      { n: '9', t: 'x', v: 1 },
    ],
    [{ n: 10, t: 'x', v: 1 }]
  )
  expect(mixed.rows.map((r) => r.kind)).toEqual([
    'only-production',
    'only-development',
    'only-production',
  ])
})

test('rows only on one side pair with nothing, on either side', () => {
  const only = (prod: object[], dev: object[]) =>
    resultDiff(columns, prod as never, dev as never).rows.map((r) => r.kind)
  const a = { status: 'a', month: 'm', revenue: 1 }
  const b = { status: 'b', month: 'm', revenue: 1 }
  expect(only([], [a, b])).toEqual(['only-development', 'only-development'])
  expect(only([a, b], [])).toEqual(['only-production', 'only-production'])
  expect(only([b], [a])).toEqual(['only-development', 'only-production'])
  const diff = resultDiff(columns, [], [a])
  expect(diff).toMatchObject({
    changed: 0,
    onlyProduction: 0,
    onlyDevelopment: 1,
    identical: false,
  })
  expect(diff.rows[0]).toEqual({
    kind: 'only-development',
    production: null,
    development: a,
    changed: [],
  })
  expect(summarize(resultDiff(columns, [], []))).toBe('Identical: all 0 rows match.')
})

test('a changed row names every value column that differs, dimensions never', () => {
  const cols = [
    col('status', 'dimension'),
    col('a', 'measure'),
    col('b', 'measure'),
    col('c', 'measure'),
  ]
  const diff = resultDiff(
    cols,
    [{ status: 's', a: 1, b: 2, c: 3 }],
    [{ status: 's', a: 1, b: 5, c: null }]
  )
  expect(diff.rows).toEqual([
    {
      kind: 'changed',
      production: { status: 's', a: 1, b: 2, c: 3 },
      development: { status: 's', a: 1, b: 5, c: null },
      changed: ['b', 'c'],
    },
  ])
  expect(sameCell(1, 1.5, 0.5)).toBe(true)
  expect(sameCell(1, 1.5000001, 0.5)).toBe(false)
  expect(sameCell('x', 'x', 0)).toBe(true)
  expect(sameCell(0, null, 5)).toBe(false)
})

test('dimension values are matched as text: a number and its text are one key', () => {
  const cols = [col('status', 'dimension'), col('revenue', 'measure')]
  const diff = resultDiff(cols, [{ status: 1, revenue: 5 }], [{ status: '1', revenue: 5 }])
  expect(diff.rows).toEqual([
    {
      kind: 'same',
      production: { status: 1, revenue: 5 },
      development: { status: '1', revenue: 5 },
      changed: [],
    },
  ])
  // a number against text that sorts before it as text
  const mixed = resultDiff(cols, [{ status: 10, revenue: 1 }], [{ status: '9', revenue: 1 }])
  expect(mixed.rows.map((r) => r.kind)).toEqual(['only-production', 'only-development'])
  const reversed = resultDiff(cols, [{ status: '9', revenue: 1 }], [{ status: 10, revenue: 1 }])
  expect(reversed.rows.map((r) => r.kind)).toEqual(['only-development', 'only-production'])
})

test('identical only when nothing changed and no row is on one side only', () => {
  const cols = [col('status', 'dimension'), col('revenue', 'measure')]
  const row = (status: string, revenue = 1) => ({ status, revenue })
  expect(resultDiff(cols, [row('a')], [row('b')]).identical).toBe(false)
  expect(resultDiff(cols, [row('a', 1), row('b')], [row('a', 2)]).identical).toBe(false)
  expect(resultDiff(cols, [row('a', 1)], [row('a', 2), row('b')]).identical).toBe(false)
  expect(resultDiff(cols, [row('a')], [row('a')]).identical).toBe(true)
})

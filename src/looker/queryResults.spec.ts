/**
 * Query results as Looker shapes them beyond the plain table: pivoted measures (one column per
 * pivot key), several formatted cells in a row, objects that are not cells, empty error texts.
 */
import { ApiError } from './ApiError'
import { toModelSummary, toQueryTaskResults } from './queryMappers'

test('a pivoted measure becomes one column per pivot key, with the text Looker formatted', () => {
  const result = toQueryTaskResults({
    fields: {
      dimensions: [{ name: 'orders.status' }],
      pivots: [{ name: 'orders.year' }],
      measures: [{ name: 'orders.count' }],
    },
    // Keys that are not text name no column.
    pivots: [{ key: '2024' }, { key: 2025 }, null, { key: '2025' }, { key: '2026' }],
    data: [
      {
        'orders.status': { value: 'complete', rendered: 'Complete' },
        'orders.count': {
          '2024': { value: 3, rendered: '3 orders' },
          '2025': { value: 5, rendered: '5 orders' },
          '2026': null,
        },
      },
      {
        'orders.status': { value: 'pending' },
        'orders.count': { '2024': { value: 1 }, '2025': { value: null }, '2026': { value: 2 } },
      },
    ],
  })
  expect(result).toStrictEqual({
    done: true,
    rows: [
      {
        'orders.status': 'complete',
        'orders.count|2024': 3,
        'orders.count|2025': 5,
        'orders.count|2026': null,
      },
      {
        'orders.status': 'pending',
        'orders.count|2024': 1,
        'orders.count|2025': null,
        'orders.count|2026': 2,
      },
    ],
    rendered: [
      {
        'orders.status': 'Complete',
        'orders.count|2024': '3 orders',
        'orders.count|2025': '5 orders',
      },
      {},
    ],
    fields: [
      'orders.status',
      'orders.year',
      'orders.count',
      'orders.count|2024',
      'orders.count|2025',
      'orders.count|2026',
    ],
    notes: [],
  })
})

test('every formatted cell of a row keeps its text', () => {
  const result = toQueryTaskResults({
    data: [{ a: { value: 1, rendered: 'one' }, b: { value: 2, rendered: 'two' }, c: { value: 3 } }],
  })
  expect(result).toStrictEqual({
    done: true,
    rows: [{ a: 1, b: 2, c: 3 }],
    rendered: [{ a: 'one', b: 'two' }],
    fields: null,
    notes: [],
  })
})

test('an object that is neither a cell nor a pivoted measure is kept as it is', () => {
  const result = toQueryTaskResults({
    data: [{ empty: {}, plain: { x: 5 }, nested: { x: { y: 1 } } }],
  })
  expect(result).toMatchObject({
    rows: [{ empty: {}, plain: { x: 5 }, nested: { x: { y: 1 } } }],
    rendered: [{}],
  })
})

test.each([
  ['null', [{ looker_error: null }]],
  ['a null value', { data: [{ looker_error: { value: null } }] }],
  ['empty', [{ looker_error: '' }]],
])('a looker_error row whose message is %s is still an error, in plain words', (_what, body) => {
  expect(() => toQueryTaskResults(body)).toThrow(
    new ApiError('Looker reported an error running the query.', 'looker')
  )
})

test('a note keeps its details; a note without words is left out', () => {
  const result = toQueryTaskResults({
    data: [],
    errors: [
      { fatal: false, level: 'error', message: 'Note:', message_details: 'dev mode SQL' },
      { fatal: false, level: 'error', message: '', message_details: null },
    ],
  })
  expect(result).toMatchObject({ notes: ['Note: dev mode SQL'] })
})

test('a model Looker sent without explores has none', () => {
  expect(toModelSummary({ name: 'm', project_name: 'p' }).explores).toEqual([])
})

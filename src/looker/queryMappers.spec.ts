/** @jest-environment node */
import { ApiError } from './ApiError'
import {
  toDataTest,
  toDataTestResult,
  toExploreDetail,
  toQueryTaskResults,
  toSqlText,
} from './queryMappers'

test('SQL arrives as a string from the jest host and as a Blob in the browser', async () => {
  expect(await toSqlText('SELECT 1')).toBe('SELECT 1')
  expect(await toSqlText(new Blob(['SELECT 1'], { type: 'application/sql' }))).toBe('SELECT 1')
  await expect(toSqlText({})).rejects.toBeInstanceOf(ApiError)
})

test.each([
  ['204: nothing', undefined],
  ['202 with an empty body', ''],
  ['202 with a status', { status: 'running' }],
  ['202 with text', 'Accepted'],
  ['202 with a status as text', '{"status":"added"}'],
])('query task results: %s means not ready yet', (_, body) => {
  expect(toQueryTaskResults(body)).toEqual({ done: false })
})

test('query task results: json_detail gives the rows and the fields Looker ran; json the rows', () => {
  const detail = {
    fields: { dimensions: [{ name: 'orders.status' }], measures: [{ name: 'orders.count' }] },
    data: [
      {
        'orders.status': { value: 'complete' },
        'orders.count': { value: 3, rendered: '3 orders' },
      },
    ],
    errors: [],
  }
  expect(toQueryTaskResults(detail)).toEqual({
    done: true,
    rows: [{ 'orders.status': 'complete', 'orders.count': 3 }],
    rendered: [{ 'orders.count': '3 orders' }],
    fields: ['orders.status', 'orders.count'],
  })
  expect(toQueryTaskResults('[{"a":1}]')).toEqual({
    done: true,
    rows: [{ a: 1 }],
    rendered: [{}],
    fields: null,
  })
})

test.each([
  ['json_detail errors[]', { data: [], errors: [{ message: 'DB says no', message_details: 'x' }] }],
  ['looker_error rows (json)', [{ looker_error: 'DB says no' }]],
  ['looker_error rows (json_detail)', { data: [{ looker_error: { value: 'DB says no' } }] }],
])('query task results: %s are Looker’s error, not data', (_, body) => {
  expect(() => toQueryTaskResults(body)).toThrow(/DB says no/)
})

test('data tests: a missing model or explore is an error, a missing file or count stays unknown', () => {
  expect(() => toDataTest({ name: 't', explore_name: 'orders' })).toThrow(
    new ApiError('Looker returned data test "t" without its model.', 'unexpected')
  )
  expect(toDataTest({ name: 't', model_name: 'm', explore_name: 'e' })).toEqual({
    name: 't',
    modelName: 'm',
    exploreName: 'e',
    file: null,
    line: null,
  })
  const result = toDataTestResult({ test_name: 't', success: false })
  expect(result).toMatchObject({ modelName: null, assertionsCount: null, assertionsFailed: null })
})

test('an explore without its project says so (null), not an empty name', () => {
  const explore = toExploreDetail({ name: 'orders', model_name: 'ecommerce', fields: {} })
  expect(explore.projectName).toBeNull()
})

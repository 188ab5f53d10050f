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

test('query task results: 202 status body means running, an array is the rows', () => {
  expect(toQueryTaskResults({ status: 'running' })).toEqual({ done: false })
  expect(toQueryTaskResults([{ 'orders.count': 3 }])).toEqual({
    done: true,
    rows: [{ 'orders.count': 3 }],
  })
  expect(toQueryTaskResults('[{"a":1}]')).toEqual({ done: true, rows: [{ a: 1 }] })
  expect(() => toQueryTaskResults('<html>')).toThrow(ApiError)
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

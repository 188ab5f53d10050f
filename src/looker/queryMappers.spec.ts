/** @jest-environment node */
import { ApiError } from './ApiError'
import { toQueryTaskResults, toSqlText } from './queryMappers'

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

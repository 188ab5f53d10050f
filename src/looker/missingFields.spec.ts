import { ApiError } from './ApiError'
import { missingFields } from './missingFields'

const fields = ['orders.count', 'orders.average_discount', 'orders.status']

test('names the fields that Looker says do not exist', () => {
  const e = new ApiError(
    'Unknown field: orders.average_discount does not exist in explore "orders".',
    'looker',
    null,
    422,
    [{ field: 'fields', code: 'unknown_field', message: 'orders.average_discount does not exist' }]
  )
  expect(missingFields(e, fields)).toEqual(['orders.average_discount'])
})

test('a longer field name does not match a shorter one', () => {
  const e = new ApiError('Unknown field: orders.count_distinct_users', 'looker')
  expect(missingFields(e, fields)).toEqual([])
})

test('an error about something else names no field', () => {
  expect(missingFields(new ApiError('Internal server error', 'looker'), fields)).toEqual([])
})

test('a query left with no field Looker knows: every field is missing', () => {
  const error = new ApiError('Must query at least one dimension or measure', 'looker')
  expect(missingFields(error, ['a.x', 'b.y'])).toEqual(['a.x', 'b.y'])
})

test('fields named only in Looker’s field errors count, each on its own line', () => {
  const error = new ApiError('Validation failed', 'looker', null, 422, [
    { field: null, code: null, message: 'orders.count does not exist' },
  ])
  expect(missingFields(error, ['orders.count', 'orders.status'])).toEqual(['orders.count'])
})

/**
 * `modelOf`, the check that an answer is the model Looker documents before any field of it is
 * read: anything else is refused with what Looker sent, never passed on as a result.
 */
import { ApiError } from './ApiError'
import { modelOf, type ModelFields } from './shape'

const FIELDS: ModelFields = {
  lists: ['errors'],
  numbers: ['computation_time'],
  booleans: ['stale'],
  others: ['project_digest'],
}

const check = (value: unknown, fields = FIELDS) =>
  modelOf(value, 'validate_project', 'a LookML validation', fields)

const refused = (sent: string) =>
  new ApiError(
    `Looker's answer could not be read. Looker answered validate_project with ${sent} where a LookML validation was expected.`,
    'unexpected'
  )

test.each([
  ['null', null, 'null'],
  ['text', 'OK', '"OK"'],
  ['a number', 42, '42'],
  ['a list', [{ errors: [] }], '[{"errors":[]}]'],
  ['an object with none of its fields', { ok: true }, '{"ok":true}'],
])('%s is refused, with what Looker sent', (_what, value, sent) => {
  expect(() => check(value)).toThrow(refused(sent))
  expect(() => check(value)).toThrow(ApiError)
})

test.each([
  ['a list that is text', { errors: 'none' }],
  ['a list of numbers', { errors: [1] }],
  ['a list with a null entry', { errors: [{}, null] }],
  ['a number that is text', { computation_time: '3' }],
  ['a flag that is text', { stale: 'false' }],
])('%s is refused', (_what, value) => {
  expect(() => check(value)).toThrow(ApiError)
})

test.each([
  ['a list of objects', { errors: [{ message: 'x' }] }],
  ['nulls, as Looker sends empty fields', { errors: null, computation_time: null, stale: null }],
  ['numbers and flags of their type', { computation_time: 0.5, stale: false }],
  ['only one of the other fields', { project_digest: 'abc' }],
])('%s passes, as it was sent', (_what, value) => {
  expect(check(value)).toBe(value)
})

test('a model with lists and numbers only', () => {
  const fields = { lists: ['errors'], numbers: [] }
  expect(check({ errors: [] }, fields)).toEqual({ errors: [] })
  expect(() => check({ stale: 'x' }, fields)).toThrow(ApiError)
})

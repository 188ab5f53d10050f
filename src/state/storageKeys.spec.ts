/** The local storage keys that hold a person's work: the stores and the Saved data page share them. */
import { savedQueriesKey, SHIP_CHECKS, shipCheckKey } from './storageKeys'

test("a project's saved queries live under its own key", () => {
  expect(savedQueriesKey('thelook')).toBe('saved-queries:thelook')
  expect(savedQueriesKey('other')).not.toBe(savedQueriesKey('thelook'))
})

test('each Ship check of a project keeps its last result under its own key', () => {
  expect(shipCheckKey('thelook', 'validation')).toBe('ship:thelook:validation')
  expect(shipCheckKey('thelook', 'content')).toBe('ship:thelook:content')
  expect(shipCheckKey('other', 'validation')).toBe('ship:other:validation')
})

test('the Ship checks whose results are kept', () => {
  expect(SHIP_CHECKS).toEqual([
    'validation',
    'sql-impact',
    'content',
    'git-connection',
    'data-tests',
  ])
})

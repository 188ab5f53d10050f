/** @jest-environment node */
import { FilterError, filterToSql } from './filters'
import type { DimensionType } from './types'

const now = new Date('2024-03-15T12:00:00Z')
const x = '(t.f )'

describe('filterToSql', () => {
  it.each<[DimensionType, string, string]>([
    ['string', 'foo', `(${x} = 'foo')`],
    ['string', 'a,b', `(${x} IN ('a', 'b'))`],
    ['string', "o'brien", `(${x} = 'o''brien')`],
    ['string', 'a^,b', `(${x} = 'a,b')`],
    ['string', '-foo', `(NOT (${x} = 'foo') OR ${x} IS NULL)`],
    ['string', '%oo%', `(${x} LIKE '%oo%')`],
    ['string', 'NULL', `(${x} IS NULL)`],
    ['string', '-NULL', `(NOT ${x} IS NULL)`],
    ['string', 'a,-b', `(${x} = 'a' AND (NOT (${x} = 'b') OR ${x} IS NULL))`],
    ['number', '5', `(${x} = 5)`],
    ['number', '>10', `(${x} > 10)`],
    ['number', '<=-2.5', `(${x} <= -2.5)`],
    ['number', '[1,10]', `(${x} >= 1 AND ${x} <= 10)`],
    ['number', '(1,10]', `(${x} > 1 AND ${x} <= 10)`],
    ['number', '1,3', `(${x} = 1 OR ${x} = 3)`],
    ['number', 'NOT 3', `(${x} <> 3 OR ${x} IS NULL)`],
    ['number', '>1 AND <9', `(${x} > 1 AND ${x} < 9)`],
    ['number', 'NULL', `(${x} IS NULL)`],
    ['yesno', 'Yes', `(${x} = 'Yes')`],
    ['yesno', 'no', `(${x} = 'No')`],
    ['date', '2024-01-01 to 2024-02-01', `(${x} >= '2024-01-01' AND ${x} < '2024-02-01')`],
    ['date', '2024-02', `(${x} >= '2024-02-01' AND ${x} < '2024-03-01')`],
    ['date', '2024', `(${x} >= '2024-01-01' AND ${x} < '2025-01-01')`],
    ['date', '2024/02/29', `(${x} >= '2024-02-29' AND ${x} < '2024-03-01')`],
    ['date', '7 days', `(${x} >= '2024-03-09' AND ${x} < '2024-03-16')`],
    ['date', 'last 2 months', `(${x} >= '2024-02-01' AND ${x} < '2024-04-01')`],
    ['date', 'today', `(${x} >= '2024-03-15' AND ${x} < '2024-03-16')`],
    ['date', 'yesterday', `(${x} >= '2024-03-14' AND ${x} < '2024-03-15')`],
    ['date', '3 days ago', `(${x} >= '2024-03-12' AND ${x} < '2024-03-13')`],
    ['date', 'last year', `(${x} >= '2023-01-01' AND ${x} < '2024-01-01')`],
    ['date', 'before 2024-06-01', `(${x} < '2024-06-01')`],
    ['date', 'after 2024-06', `(${x} >= '2024-06-01')`],
    ['date', 'NULL', `(${x} IS NULL)`],
  ])('%s %j', (type, expression, sql) => {
    expect(filterToSql('t.f', type, expression, now)).toBe(sql)
  })

  it.each<[DimensionType, string, RegExp]>([
    ['number', '>abc', /">abc" is not a valid number filter/],
    ['number', '[1,x]', /not a valid number filter/],
    ['yesno', 'maybe', /not Yes or No/],
    ['date', 'next blue moon', /"next blue moon" is not a date filter/],
    ['string', '  ', /is empty/],
  ])('rejects %s %j', (type, expression, message) => {
    expect(() => filterToSql('t.f', type, expression, now)).toThrow(FilterError)
    expect(() => filterToSql('t.f', type, expression, now)).toThrow(message)
  })
})

import { formatCommitTime, plural } from './format'

test.each([
  [0, 'commit', undefined, '0 commits'],
  [1, 'commit', undefined, '1 commit'],
  [2, 'query', 'queries', '2 queries'],
])('plural(%i, %s)', (n, one, many, expected) => {
  expect(plural(n, one, many)).toBe(expected)
})

test('commit times are shown in UTC, or a dash when Looker gives none', () => {
  expect(formatCommitTime(1763511000)).toBe('2025-11-19 00:10 UTC')
  expect(formatCommitTime(null)).toBe('—')
})

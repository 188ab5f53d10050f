import { compareCells, nextSort, sortRows } from './sortRows'

test('equal cells compare as 0, nulls and undefined included', () => {
  expect(compareCells(3, 3)).toBe(0)
  expect(compareCells('a', 'a')).toBe(0)
  expect(compareCells(null, null)).toBe(0)
  expect(compareCells(undefined, undefined)).toBe(0)
})

test('nulls (and missing cells) come before any value', () => {
  expect(compareCells(null, 1)).toBe(-1)
  expect(compareCells(undefined, 'a')).toBe(-1)
  expect(compareCells(1, null)).toBe(1)
  expect(compareCells('a', undefined)).toBe(1)
  expect(compareCells(null, -5)).toBe(-1)
  expect(compareCells(-5, null)).toBe(1)
})

test('numbers compare by their difference', () => {
  expect(compareCells(10, 3)).toBe(7)
  expect(compareCells(3, 10)).toBe(-7)
  expect(compareCells(2, 10)).toBeLessThan(0)
})

test('text compares with numbers inside it read as numbers', () => {
  expect(compareCells('item 2', 'item 10')).toBeLessThan(0)
  expect(compareCells('item 10', 'item 2')).toBeGreaterThan(0)
  expect(compareCells('b', 'a')).toBeGreaterThan(0)
  expect(compareCells('a', 'b')).toBeLessThan(0)
})

test('a number and a text compare as text', () => {
  expect(compareCells(10, '9')).toBeGreaterThan(0)
  expect(compareCells('10', 9)).toBeGreaterThan(0)
  expect(compareCells(9, '10')).toBeLessThan(0)
  expect(compareCells(5, 'abc')).toBeLessThan(0)
  expect(compareCells('abc', 5)).toBeGreaterThan(0)
})

interface R {
  id: string
  v: unknown
}
const rows: R[] = [
  { id: 'a', v: 10 },
  { id: 'b', v: null },
  { id: 'c', v: 2 },
  { id: 'd', v: 10 },
  { id: 'e', v: -1 },
  { id: 'f', v: null },
]
const ids = (rs: R[]) => rs.map((r) => r.id).join('')

test('ascending: nulls first, numbers as numbers, ties in the order Looker gave', () => {
  expect(ids(sortRows(rows, (r) => r.v, 'ascending'))).toBe('bfecad')
})

test('descending: the reverse order, but ties still in the order Looker gave', () => {
  expect(ids(sortRows(rows, (r) => r.v, 'descending'))).toBe('adcebf')
})

test('many ties keep the order Looker gave, in both directions', () => {
  const many = Array.from({ length: 40 }, (_, i) => ({ id: String(i), v: i % 3 }))
  const order = (d: 'ascending' | 'descending') =>
    sortRows(many, (r) => r.v, d).map((r) => Number(r.id))
  const group = (v: number) => many.filter((r) => r.v === v).map((r) => Number(r.id))
  expect(order('ascending')).toEqual([...group(0), ...group(1), ...group(2)])
  expect(order('descending')).toEqual([...group(2), ...group(1), ...group(0)])
})

test('the sort is a copy: the rows given are left as they were', () => {
  const given = [...rows]
  const sorted = sortRows(given, (r) => r.v, 'ascending')
  expect(sorted).not.toBe(given)
  expect(ids(given)).toBe('abcdef')
  expect(sorted[0]).toBe(rows[1])
})

test('each row value is read once', () => {
  const read: string[] = []
  sortRows(
    rows,
    (r) => {
      read.push(r.id)
      return r.v
    },
    'ascending'
  )
  expect(read).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
})

test('a click sorts ascending, a second descending, a third ascending again', () => {
  expect(nextSort(null, 'x')).toEqual({ key: 'x', direction: 'ascending' })
  expect(nextSort({ key: 'x', direction: 'ascending' }, 'x')).toEqual({
    key: 'x',
    direction: 'descending',
  })
  expect(nextSort({ key: 'x', direction: 'descending' }, 'x')).toEqual({
    key: 'x',
    direction: 'ascending',
  })
})

test('a click on another column starts it ascending, whatever the current sort', () => {
  expect(nextSort({ key: 'x', direction: 'ascending' }, 'y')).toEqual({
    key: 'y',
    direction: 'ascending',
  })
  expect(nextSort({ key: 'x', direction: 'descending' }, 'y')).toEqual({
    key: 'y',
    direction: 'ascending',
  })
})

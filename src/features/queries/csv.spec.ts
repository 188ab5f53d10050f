import { toCsv } from './csv'

const columns = [
  { name: 'a', label: 'Name' },
  { name: 'b', label: 'Note, "quoted"' },
]

test('a header of labels, then one CRLF line per row in column order', () => {
  expect(toCsv(columns, [{ b: 2, a: 'x' }])).toBe('Name,"Note, ""quoted"""\r\nx,2\r\n')
})

test('quotes cells with commas, quotes or line breaks; null and undefined are empty', () => {
  const rows = [
    { a: 'one,two', b: 'say "hi"' },
    { a: 'line\nbreak', b: 'cr\rhere' },
    { a: null, b: undefined },
    { a: 0, b: false },
  ]
  expect(toCsv(columns, rows).split('\r\n')).toEqual([
    'Name,"Note, ""quoted"""',
    '"one,two","say ""hi"""',
    '"line\nbreak","cr\rhere"',
    ',',
    '0,false',
    '',
  ])
})

test('no rows: the header alone', () => {
  expect(toCsv([{ name: 'a', label: 'A' }], [])).toBe('A\r\n')
})

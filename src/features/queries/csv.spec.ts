import { toCsv } from './csv'

// OWASP "CSV Injection": a cell that starts with =, +, -, @, tab or carriage return is read as a
// formula by spreadsheet programs; prefixing a single quote makes it text.
const one = (value: unknown, label = 'Value') =>
  toCsv([{ name: 'v', label }], [{ v: value } as never]).split('\r\n')[1]

test.each([
  ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
  ["=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
  ['+1+cmd', `"'+1+cmd"`],
  ['-2+3+cmd', `"'-2+3+cmd"`],
  ['@SUM(A1)', `"'@SUM(A1)"`],
  ['\t=1+1', `"'\t=1+1"`],
  ['\r=1+1', `"'\r=1+1"`],
])('a text cell starting a formula is neutralised: %j', (value, expected) => {
  expect(one(value)).toBe(expected)
})

test.each([
  [-5, '-5'],
  [-1.25, '-1.25'],
  [3e-7, '3e-7'],
  ['-42', '-42'],
  ['+7', '+7'],
  ['-0.5', '-0.5'],
])('a number stays numeric: %j', (value, expected) => {
  expect(one(value)).toBe(expected)
})

test('headers are neutralised like cells', () => {
  const header = toCsv([{ name: 'v', label: '=1+2' }], []).split('\r\n')[0]
  expect(header).toBe(`"'=1+2"`)
})

test('ordinary text, quotes, commas and gaps are unchanged RFC 4180', () => {
  expect(one('complete')).toBe('complete')
  expect(one('a,b')).toBe('"a,b"')
  expect(one('say "hi"')).toBe('"say ""hi"""')
  expect(one(null)).toBe('')
  expect(one('a=b')).toBe('a=b')
})

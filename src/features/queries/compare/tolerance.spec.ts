import { parseTolerance } from './tolerance'

const refused = {
  ok: false,
  message: 'The tolerance must be a number of zero or more, e.g. 0.01.',
}

test.each(['', '   ', 'abc', '-0.01', '-1', 'Infinity', 'NaN', '1e999'])(
  'tolerance "%s" is refused with a clear message',
  (text) => {
    expect(parseTolerance(text)).toEqual(refused)
  }
)

test('zero and positive numbers are tolerances, spaces trimmed', () => {
  expect(parseTolerance('0')).toEqual({ ok: true, value: 0 })
  expect(parseTolerance(' 0.01 ')).toEqual({ ok: true, value: 0.01 })
  expect(parseTolerance('2.5')).toEqual({ ok: true, value: 2.5 })
  expect(parseTolerance('1e3')).toEqual({ ok: true, value: 1000 })
})

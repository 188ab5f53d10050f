import { deltaText } from './delta'

test('a rise is signed + with its percentage of production', () => {
  expect(deltaText(200, 212.5)).toBe('+12.5 (+6.3%)')
  expect(deltaText(4, 5)).toBe('+1 (+25%)')
})

test('a fall is signed with a minus sign (−), never a hyphen', () => {
  expect(deltaText(4290.25, 4080)).toBe('−210.25 (−4.9%)')
  expect(deltaText(10, 7)).toBe('−3 (−30%)')
})

test('no change is ±0', () => {
  expect(deltaText(5, 5)).toBe('±0 (±0%)')
})

test('the percentage is of the size of production, so a negative production keeps the sign of the change', () => {
  expect(deltaText(-10, -5)).toBe('+5 (+50%)')
  expect(deltaText(-10, -15)).toBe('−5 (−50%)')
})

test('from production 0 there is no percentage, only the change', () => {
  expect(deltaText(0, 3)).toBe('+3')
  expect(deltaText(0, -3)).toBe('−3')
  expect(deltaText(0, 0)).toBe('±0')
})

test('large numbers are grouped, at most two decimals for the change and one for the percentage', () => {
  expect(deltaText(1000, 3234.5678)).toBe('+2,234.57 (+223.5%)')
  expect(deltaText(3, 4)).toBe('+1 (+33.3%)')
})

test('non-numbers have no delta', () => {
  expect(deltaText('1', 2)).toBeNull()
  expect(deltaText(1, '2')).toBeNull()
  expect(deltaText(null, 2)).toBeNull()
  expect(deltaText(1, undefined)).toBeNull()
})

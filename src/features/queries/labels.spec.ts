import { modeLabel, notInMode, onlyIn } from './labels'

test('a result is labelled with the models it ran on', () => {
  expect(modeLabel('production')).toBe('Production')
  expect(modeLabel('dev')).toBe('Development')
})

test('fields missing from one mode are named in plain words, comma separated', () => {
  expect(notInMode('production', ['a.x', 'b.y'])).toBe('not in production: a.x, b.y')
  expect(notInMode('dev', ['a.x'])).toBe('not in development: a.x')
})

test('fields only one mode has are named in plain words, comma separated', () => {
  expect(onlyIn('dev', ['a.x', 'b.y'])).toBe('only in development: a.x, b.y')
  expect(onlyIn('production', ['c.z'])).toBe('only in production: c.z')
})

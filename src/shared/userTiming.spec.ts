/** `timed` names a stretch of work in the performance timeline and never changes its outcome. */
import { timed } from './userTiming'

const perf = performance as { measure?: unknown }
const original = perf.measure
afterEach(() => {
  perf.measure = original
})

test('returns what the work returns and names the stretch from its start', () => {
  const measure = jest.fn()
  perf.measure = measure
  const before = performance.now()
  expect(timed('content: find', () => 42)).toBe(42)
  expect(measure).toHaveBeenCalledTimes(1)
  const [name, options] = measure.mock.calls[0] as [string, { start: number }]
  expect(name).toBe('content: find')
  expect(options.start).toBeGreaterThanOrEqual(before)
  expect(options.start).toBeLessThanOrEqual(performance.now())
})

test('work that throws is still measured, and its error goes on to the caller', () => {
  const measure = jest.fn()
  perf.measure = measure
  expect(() =>
    timed('fails', () => {
      throw new Error('boom')
    })
  ).toThrow('boom')
  expect(measure).toHaveBeenCalledWith(
    'fails',
    expect.objectContaining({ start: expect.any(Number) })
  )
})

test('without User Timing the work just runs', () => {
  delete perf.measure
  expect(timed('anything', () => 'done')).toBe('done')
})

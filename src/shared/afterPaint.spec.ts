/** afterPaint waits for the next animation frame and then a task (without frames: a task). */
import { afterPaint } from './afterPaint'
import { specFrames } from '../../test/frames'

const frames = specFrames()
const paint = () => frames.paint()

beforeEach(() => {
  jest.useFakeTimers()
})
afterEach(() => {
  frames.restore()
  jest.useRealTimers()
})

async function settled(p: Promise<void>) {
  let done = false
  void p.then(() => (done = true))
  await Promise.resolve()
  await Promise.resolve()
  return () => done
}

test('resolves after the next frame has been painted, and a task after it', async () => {
  frames.use()
  const isDone = await settled(afterPaint())
  jest.advanceTimersByTime(1000)
  await Promise.resolve()
  expect(isDone()).toBe(false) // no frame yet: timers alone do not resolve it
  paint()
  await Promise.resolve()
  expect(isDone()).toBe(false) // the frame, but not yet the task after it
  jest.advanceTimersByTime(0)
  await Promise.resolve()
  expect(isDone()).toBe(true)
})

test('without animation frames it resolves after a task', async () => {
  frames.none()
  const isDone = await settled(afterPaint())
  expect(isDone()).toBe(false)
  jest.advanceTimersByTime(0)
  await Promise.resolve()
  expect(isDone()).toBe(true)
})

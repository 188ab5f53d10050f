/** afterPaint waits for the next animation frame and then a task (without frames: a task). */
import { afterPaint } from './afterPaint'

const win = window as { requestAnimationFrame?: (run: FrameRequestCallback) => number }
const original = win.requestAnimationFrame
let frames: FrameRequestCallback[] = []
const paint = () => {
  const run = frames
  frames = []
  for (const f of run) f(0)
}

beforeEach(() => {
  jest.useFakeTimers()
  frames = []
})
afterEach(() => {
  win.requestAnimationFrame = original
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
  win.requestAnimationFrame = (run) => frames.push(run)
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
  delete win.requestAnimationFrame
  const isDone = await settled(afterPaint())
  expect(isDone()).toBe(false)
  jest.advanceTimersByTime(0)
  await Promise.resolve()
  expect(isDone()).toBe(true)
})

/**
 * Answers shown in batches: one commit per animation frame, at least 100 ms after the last one;
 * `now` commits at once, `cancel` drops what is pending. Time is the behaviour here, so the clock
 * and the frames are the test's.
 */
import { renderBatcher as batcher } from './renderBatcher'
import { specFrames } from '../../test/frames'

const frames = specFrames()
const paint = () => frames.paint()

beforeEach(() => {
  jest.useFakeTimers()
  frames.use()
})
afterEach(() => {
  frames.restore()
  jest.useRealTimers()
})

test('schedule commits once, in the next frame, however often it is called meanwhile', () => {
  const flush = jest.fn()
  const batch = batcher(flush)
  batch.schedule()
  batch.schedule()
  expect(jest.getTimerCount()).toBe(1)
  jest.advanceTimersByTime(0)
  batch.schedule() // waiting for its frame: still one commit
  expect(jest.getTimerCount()).toBe(0)
  expect(flush).not.toHaveBeenCalled() // never inside the caller's own task
  expect(frames.queued()).toHaveLength(1)
  paint()
  expect(flush).toHaveBeenCalledTimes(1)
  jest.advanceTimersByTime(1000)
  paint()
  expect(flush).toHaveBeenCalledTimes(1)
})

test('a scheduled commit comes at least 100 ms after the last one', () => {
  const flush = jest.fn()
  const batch = batcher(flush)
  batch.now()
  expect(flush).toHaveBeenCalledTimes(1)
  jest.advanceTimersByTime(40)
  batch.schedule()
  jest.advanceTimersByTime(59)
  paint()
  expect(flush).toHaveBeenCalledTimes(1)
  jest.advanceTimersByTime(1)
  paint()
  expect(flush).toHaveBeenCalledTimes(2)
  // Long after the last commit: the next frame.
  jest.advanceTimersByTime(5000)
  batch.schedule()
  jest.advanceTimersByTime(0)
  paint()
  expect(flush).toHaveBeenCalledTimes(3)
})

test('now commits at once and drops the pending commit; a later schedule still commits', () => {
  const flush = jest.fn()
  const batch = batcher(flush)
  batch.schedule()
  jest.advanceTimersByTime(0) // its frame is requested
  batch.now()
  expect(flush).toHaveBeenCalledTimes(1)
  paint()
  expect(flush).toHaveBeenCalledTimes(1)
  batch.schedule()
  jest.advanceTimersByTime(100)
  paint()
  expect(flush).toHaveBeenCalledTimes(2)
})

test('cancel drops a pending commit, before or after its frame is requested', () => {
  const flush = jest.fn()
  const batch = batcher(flush)
  batch.schedule()
  batch.cancel()
  expect(jest.getTimerCount()).toBe(0)
  jest.advanceTimersByTime(1000)
  paint()
  expect(flush).not.toHaveBeenCalled()
  batch.schedule()
  jest.advanceTimersByTime(0)
  batch.cancel()
  paint()
  expect(flush).not.toHaveBeenCalled()
  // Cancelled, not stuck: the next schedule commits.
  batch.schedule()
  jest.advanceTimersByTime(0)
  paint()
  expect(flush).toHaveBeenCalledTimes(1)
})

describe('without animation frames (a frame is 16 ms)', () => {
  let fallback: typeof batcher
  beforeEach(async () => {
    frames.none()
    await jest.isolateModulesAsync(async () => {
      fallback = (await import('./renderBatcher')).renderBatcher
    })
  })

  test('the commit comes a frame after its wait', () => {
    const flush = jest.fn()
    fallback(flush).schedule()
    jest.advanceTimersByTime(15)
    expect(flush).not.toHaveBeenCalled()
    jest.advanceTimersByTime(1)
    expect(flush).toHaveBeenCalledTimes(1)
  })

  test('a cancelled commit never happens, even once a new one waits for its own frame', () => {
    const flush = jest.fn()
    const batch = fallback(flush)
    batch.schedule()
    jest.advanceTimersByTime(0) // the first commit's frame is due at 16 ms
    batch.cancel()
    jest.advanceTimersByTime(5)
    batch.schedule() // its frame is due at 21 ms
    jest.advanceTimersByTime(11)
    expect(flush).not.toHaveBeenCalled()
    jest.advanceTimersByTime(5)
    expect(flush).toHaveBeenCalledTimes(1)
  })
})

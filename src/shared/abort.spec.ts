/** Stopping the wait for work: Cancelled as soon as the person stops, never before. */
import { Cancelled, check, sleep, untilAborted } from './abort'

test('check throws Cancelled only once the signal has aborted', () => {
  const c = new AbortController()
  expect(() => check(c.signal)).not.toThrow()
  c.abort()
  expect(() => check(c.signal)).toThrow(Cancelled)
  expect(new Cancelled().message).toBe('Cancelled')
})

describe('untilAborted', () => {
  test('resolves and rejects like the work while nobody stops', async () => {
    const c = new AbortController()
    await expect(untilAborted(Promise.resolve(7), c.signal)).resolves.toBe(7)
    await expect(untilAborted(Promise.reject(new Error('no')), c.signal)).rejects.toThrow('no')
  })

  test('rejects with Cancelled when stopped first, whatever the work does later', async () => {
    const c = new AbortController()
    let finish = (_v: number) => undefined as void
    const waiting = untilAborted(new Promise<number>((r) => (finish = r)), c.signal)
    c.abort()
    finish(1)
    await expect(waiting).rejects.toBeInstanceOf(Cancelled)
  })

  test('an already stopped signal rejects at once', async () => {
    const c = new AbortController()
    c.abort()
    await expect(untilAborted(new Promise(() => undefined), c.signal)).rejects.toBeInstanceOf(
      Cancelled
    )
  })

  test('leaves no listener on the signal once the work settled', async () => {
    const c = new AbortController()
    const removed: string[] = []
    const remove = c.signal.removeEventListener.bind(c.signal)
    c.signal.removeEventListener = (type: string, listener: EventListener) => {
      removed.push(type)
      remove(type, listener)
    }
    await untilAborted(Promise.resolve(1), c.signal)
    await sleep(0)
    expect(removed).toEqual(['abort'])
  })
})

describe('sleep', () => {
  test('resolves after the wait', async () => {
    await expect(sleep(1)).resolves.toBeUndefined()
    await expect(sleep(1, new AbortController().signal)).resolves.toBeUndefined()
  })

  test('rejects with Cancelled at once when stopped, before or during the wait', async () => {
    const before = new AbortController()
    before.abort()
    await expect(sleep(60_000, before.signal)).rejects.toBeInstanceOf(Cancelled)
    const during = new AbortController()
    const waiting = sleep(60_000, during.signal)
    during.abort()
    await expect(waiting).rejects.toBeInstanceOf(Cancelled)
  })

  test('a finished sleep takes its listener off the signal; a stopped one its timer', async () => {
    jest.useFakeTimers()
    try {
      const c = new AbortController()
      const removed: string[] = []
      const remove = c.signal.removeEventListener.bind(c.signal)
      c.signal.removeEventListener = (type: string, listener: EventListener) => {
        removed.push(type)
        remove(type, listener)
      }
      const done = sleep(10, c.signal)
      jest.advanceTimersByTime(10)
      await done
      expect(removed).toEqual(['abort'])
      const stopped = new AbortController()
      const waiting = sleep(10, stopped.signal)
      expect(jest.getTimerCount()).toBe(1)
      stopped.abort()
      await expect(waiting).rejects.toBeInstanceOf(Cancelled)
      expect(jest.getTimerCount()).toBe(0)
    } finally {
      jest.useRealTimers()
    }
  })
})

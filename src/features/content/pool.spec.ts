/** Work over many items, a few at a time, that stops taking items once the person stops. */
import { sleep } from '../../shared/abort'
import { Cancelled } from '../../shared/abort'
import { pool } from './pool'

const tick = () => sleep(1)

test('every item once, never more than the limit at a time', async () => {
  let running = 0
  let most = 0
  const seen: number[] = []
  await pool([1, 2, 3, 4, 5, 6, 7], 3, new AbortController().signal, async (n) => {
    running++
    most = Math.max(most, running)
    await tick()
    seen.push(n)
    running--
  })
  expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7])
  expect(most).toBe(3)
})

test('a limit of 0 still works through the items, one at a time', async () => {
  const seen: string[] = []
  await pool(['a', 'b'], 0, new AbortController().signal, async (s) => {
    seen.push(s)
  })
  expect(seen).toEqual(['a', 'b'])
})

test('no items: nothing runs', async () => {
  const work = jest.fn(async () => undefined)
  await pool([], 4, new AbortController().signal, work)
  expect(work).not.toHaveBeenCalled()
})

test('once stopped, no new item starts and the pool rejects with Cancelled', async () => {
  const c = new AbortController()
  const seen: number[] = []
  const run = pool([1, 2, 3, 4], 1, c.signal, async (n) => {
    seen.push(n)
    if (n === 2) c.abort()
    await tick()
  })
  await expect(run).rejects.toBeInstanceOf(Cancelled)
  expect(seen).toEqual([1, 2])
})

import type { LookerApi, QueryTask, QueryTaskResults } from '../../looker'
import { Cancelled, check, delayAt, pollRows, sleep, waitWhileQueued } from './taskPolling'

/** The three task calls polling makes, answered from scripts; everything else is absent. */
function taskApi(statuses: QueryTask['status'][], results: QueryTaskResults[]) {
  const calls: string[] = []
  const api = {
    getQueryTask: async (id: string) => {
      calls.push(`task ${id}`)
      return { id, status: statuses.shift() ?? 'complete' }
    },
    getQueryTaskResults: async (id: string) => {
      calls.push(`results ${id}`)
      return results.shift() ?? { done: false }
    },
    cancelQueryTask: async (id: string) => {
      calls.push(`cancel ${id}`)
    },
  } as unknown as LookerApi
  return { api, calls }
}

test('delayAt: the i-th delay, the last one repeating, 0 for none', () => {
  expect([0, 1, 2, 5].map((i) => delayAt([10, 20, 30], i))).toEqual([10, 20, 30, 30])
  expect(delayAt([], 3)).toBe(0)
})

test('check throws Cancelled only once aborted', () => {
  const c = new AbortController()
  expect(() => check(c.signal)).not.toThrow()
  c.abort()
  expect(() => check(c.signal)).toThrow(Cancelled)
  expect(new Cancelled().message).toBe('Cancelled')
})

test('sleep resolves after the delay, and rejects with Cancelled at once on abort', async () => {
  const c = new AbortController()
  await expect(sleep(1, c.signal)).resolves.toBeUndefined()
  const waiting = sleep(60_000, c.signal)
  c.abort()
  await expect(waiting).rejects.toBeInstanceOf(Cancelled)
  await expect(sleep(1, c.signal)).rejects.toBeInstanceOf(Cancelled)
})

test('waitWhileQueued polls until the task leaves "added"', async () => {
  const { api, calls } = taskApi(['added', 'running'], [])
  const task = await waitWhileQueued(
    api,
    { id: 't', status: 'added' },
    [1],
    new AbortController().signal
  )
  expect(task).toEqual({ id: 't', status: 'running' })
  expect(calls).toEqual(['task t', 'task t'])
})

test('waitWhileQueued returns a running task without polling', async () => {
  const { api, calls } = taskApi([], [])
  const task = await waitWhileQueued(
    api,
    { id: 't', status: 'running' },
    [1],
    new AbortController().signal
  )
  expect(task.status).toBe('running')
  expect(calls).toEqual([])
})

test('Cancel interrupts waitWhileQueued’s wait at once; it returns without throwing', async () => {
  const { api, calls } = taskApi([], [])
  const c = new AbortController()
  const waiting = waitWhileQueued(api, { id: 't', status: 'added' }, [60_000], c.signal)
  c.abort()
  await expect(waiting).resolves.toEqual({ id: 't', status: 'added' })
  expect(calls).toEqual([])
})

const done = (rows: { a: number }[]): QueryTaskResults => ({
  done: true,
  fields: null,
  rows,
  rendered: [],
})

test('pollRows polls the task until it is complete, then reads the results once', async () => {
  const rows = [{ a: 1 }]
  const { api, calls } = taskApi(['running', 'complete'], [done(rows)])
  const result = await pollRows(
    api,
    { id: 't', status: 'added' },
    [1],
    new AbortController().signal
  )
  expect(result.rows).toBe(rows)
  expect(calls).toEqual(['task t', 'task t', 'results t'])
})

test('Cancel during pollRows stops waiting at once, asks Looker to stop, throws Cancelled', async () => {
  const { api, calls } = taskApi(['running'], [])
  const c = new AbortController()
  const polling = pollRows(api, { id: 't', status: 'running' }, [60_000], c.signal)
  await new Promise((r) => setTimeout(r, 5))
  c.abort()
  await expect(polling).rejects.toBeInstanceOf(Cancelled)
  expect(calls).toEqual(['task t', 'cancel t'])
})

test('a failing poll is passed on and does not stop the task', async () => {
  const { api, calls } = taskApi([], [])
  api.getQueryTask = async () => {
    throw new Error('boom')
  }
  const polling = pollRows(api, { id: 't', status: 'running' }, [1], new AbortController().signal)
  await expect(polling).rejects.toThrow('boom')
  expect(calls).toEqual([])
})

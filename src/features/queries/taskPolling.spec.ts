import { ApiError, type LookerApi, type QueryTask, type QueryTaskResults } from '../../looker'
import {
  Cancelled,
  check,
  DEFAULT_POLL_MS,
  DEFAULT_POLL_TIMEOUT_MS,
  delayAt,
  pollRows,
  waitWhileQueued,
} from './taskPolling'
import { sleep } from '../../shared/abort'

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
  notes: [],
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
  await sleep(5)
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

const never = () => new AbortController().signal

test('a task that ended without results says what happened, in Looker’s words or the app’s', async () => {
  const ended = async (status: string, results: QueryTaskResults[]) => {
    const { api } = taskApi([], results)
    return pollRows(api, { id: 't', status }, [1], never()).catch((e: unknown) => e)
  }
  expect(await ended('killed', [done([])])).toMatchObject({
    name: 'ApiError',
    kind: 'looker',
    message: 'Looker stopped the query (its task was killed).',
  })
  // An expired task is asked again first (below); here Looker then reports it complete.
  expect(await ended('expired', [done([])])).toMatchObject({ rows: [] })
  expect(await ended('failure', [{ done: false }])).toMatchObject({
    kind: 'looker',
    message: 'Looker reports the query task as "failure".',
  })
  expect(await ended('killed', [{ done: false }])).toMatchObject({
    message: 'Looker stopped the query (its task was killed).',
  })
  // an "error" task's results carry Looker's message (the mapper throws it); rows are rows
  const rows = [{ a: 1 }]
  expect(await ended('error', [done(rows)])).toMatchObject({ rows })
})

test('results Looker no longer has (404) after a kill or expiry: what happened, not "not found"', async () => {
  const gone = (status: string, error: ApiError) => {
    // Looker keeps saying so: an expired task is believed once asked again (tests below).
    const { api } = taskApi(Array<string>(5).fill(status), [])
    api.getQueryTaskResults = async () => {
      throw error
    }
    return pollRows(api, { id: 't', status }, [1], never()).catch((e: unknown) => e)
  }
  const notFound = new ApiError('Not found', 'looker', null, 404)
  expect(await gone('expired', notFound)).toMatchObject({
    message: expect.stringMatching(/expired/),
  })
  expect(await gone('killed', notFound)).toMatchObject({ message: expect.stringMatching(/killed/) })
  expect(await gone('complete', notFound)).toBe(notFound)
  const broken = new ApiError('Broken', 'looker', null, 500)
  expect(await gone('killed', broken)).toBe(broken)
  expect(await gone('complete', new Error('Timeout') as never)).toMatchObject({
    name: 'ApiError',
    kind: 'network',
  })
})

test('complete results not ready yet are read again after a wait', async () => {
  const rows = [{ a: 2 }]
  const { api, calls } = taskApi([], [{ done: false }, { done: false }, done(rows)])
  const result = await pollRows(api, { id: 't', status: 'complete' }, [1], never())
  expect(result).toEqual({ rows, rendered: [], fields: null, notes: [] })
  expect(calls).toEqual(['results t', 'results t', 'results t'])
})

test('a task that never finishes is given up after the time limit, and Looker asked to stop it', async () => {
  // Each reading of the clock moves it past the limit: the first poll is the last one.
  const giveUp = async (limitMs: number, status = 'running') => {
    const { api, calls } = taskApi([status], [])
    let now = 0
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => (now += limitMs + 1))
    try {
      const error = await pollRows(api, { id: 't', status: 'added' }, [1], never(), limitMs).catch(
        (e: unknown) => e
      )
      return { error, calls }
    } finally {
      clock.mockRestore()
    }
  }
  const { error, calls } = await giveUp(5_000)
  expect(error).toMatchObject({
    name: 'ApiError',
    kind: 'looker',
    message:
      'The query did not finish within 5 s (Looker last reported "running"). Looker was asked to stop it.',
  })
  expect(calls).toEqual(['task t', 'cancel t'])
  // the limit in words: seconds below a minute, whole minutes from one minute on
  expect((await giveUp(59_000, 'weird')).error).toMatchObject({
    message: expect.stringMatching(/within 59 s \(Looker last reported "weird"\)/),
  })
  expect((await giveUp(60_000)).error).toMatchObject({
    message: expect.stringMatching(/within 1 minutes/),
  })
  expect((await giveUp(90_000)).error).toMatchObject({
    message: expect.stringMatching(/within 2 minutes/),
  })
})

test('waitWhileQueued passes on a failing poll; polls grow from 50 ms to 1 s', async () => {
  const { api } = taskApi([], [])
  api.getQueryTask = async () => {
    throw new ApiError('Nope', 'looker')
  }
  await expect(waitWhileQueued(api, { id: 't', status: 'added' }, [1], never())).rejects.toThrow(
    'Nope'
  )
  expect(DEFAULT_POLL_MS).toEqual([50, 100, 200, 400, 800, 1000])
  expect(DEFAULT_POLL_TIMEOUT_MS).toBe(30 * 60_000)
})

test('a Cancel before polling starts asks Looker to stop and throws Cancelled', async () => {
  const { api, calls } = taskApi([], [])
  const c = new AbortController()
  c.abort()
  await expect(
    pollRows(api, { id: 't', status: 'complete' }, [1], c.signal)
  ).rejects.toBeInstanceOf(Cancelled)
  expect(calls).toEqual(['cancel t'])
})

test('the waits between polls follow the delays given, the last one repeating', async () => {
  const waits: number[] = []
  const realSetTimeout = global.setTimeout
  const spy = jest.spyOn(global, 'setTimeout').mockImplementation(((
    fn: () => void,
    ms?: number
  ) => {
    waits.push(ms ?? 0)
    return realSetTimeout(fn, 0)
  }) as typeof setTimeout)
  try {
    const queued = taskApi(['added', 'added', 'added', 'running'], [])
    await waitWhileQueued(queued.api, { id: 't', status: 'added' }, [3, 7, 11], never())
    expect(waits).toEqual([3, 7, 11, 11])
    waits.length = 0
    const running = taskApi(['running', 'running', 'running', 'complete'], [done([])])
    await pollRows(running.api, { id: 't', status: 'running' }, [3, 7], never())
    expect(waits).toEqual([3, 7, 7])
  } finally {
    spy.mockRestore()
  }
})

test('a task of this run reported expired is polled again; the rows that arrive are used', async () => {
  const rows = [{ a: 3 }]
  const { api, calls } = taskApi(['running', 'expired', 'running', 'complete'], [done(rows)])
  const result = await pollRows(api, { id: 't', status: 'added' }, [1], never())
  expect(result.rows).toBe(rows)
  // Looker's "expired" was not believed: no results were asked for until the task completed.
  expect(calls).toEqual(['task t', 'task t', 'task t', 'task t', 'results t'])
})

test('an expired that lasts is believed after a bounded number of polls, with the backoff', async () => {
  const { api, calls } = taskApi(Array<string>(20).fill('expired'), [])
  api.getQueryTaskResults = async () => {
    calls.push('results t')
    throw new ApiError('Not found', 'looker', null, 404)
  }
  const waits: number[] = []
  const delays = new Proxy([1, 2, 4], {
    get: (target, key) => {
      if (typeof key === 'string' && /^\d+$/.test(key)) waits.push(Number(key))
      return Reflect.get(target, key)
    },
  })
  const error = await pollRows(api, { id: 't', status: 'running' }, delays, never()).catch(
    (e: unknown) => e
  )
  expect(error).toMatchObject({ message: expect.stringMatching(/expired/) })
  expect(calls.filter((c) => c.startsWith('task')).length).toBeLessThan(10)
  expect(calls.at(-1)).toBe('results t')
  // The waits between the polls grow as any poll's do.
  expect(waits.slice(0, 3)).toEqual([0, 1, 2])
})

test('an expired that lasts is polled again exactly three times, then believed in Looker’s words', async () => {
  const { api, calls } = taskApi(Array<string>(20).fill('expired'), [])
  api.getQueryTaskResults = async () => {
    calls.push('results t')
    throw new ApiError('Not found', 'looker', null, 404)
  }
  const error = await pollRows(api, { id: 't', status: 'running' }, [1], never()).catch(
    (e: unknown) => e
  )
  expect(error).toMatchObject({
    name: 'ApiError',
    kind: 'looker',
    message: 'Looker reports the query task as expired: its results are gone. Run it again.',
  })
  expect(calls).toEqual(['task t', 'task t', 'task t', 'task t', 'results t'])
})

test('an expired on the task given is also asked again before it is believed', async () => {
  const rows = [{ a: 1 }]
  const { api, calls } = taskApi(['complete'], [done(rows)])
  const result = await pollRows(api, { id: 't', status: 'expired' }, [1], never())
  expect(result.rows).toBe(rows)
  expect(calls).toEqual(['task t', 'results t'])
})

test('an expired that lasts is believed even when Looker still hands out rows', async () => {
  const { api } = taskApi(Array<string>(5).fill('expired'), [done([{ a: 1 }])])
  const error = await pollRows(api, { id: 't', status: 'running' }, [1], never()).catch(
    (e: unknown) => e
  )
  expect(error).toMatchObject({
    message: 'Looker reports the query task as expired: its results are gone. Run it again.',
  })
})

test('a poll made exactly at the time limit is still made; only past it the run gives up', async () => {
  const clock = jest.spyOn(Date, 'now').mockReturnValue(1_000)
  try {
    const rows = [{ a: 4 }]
    const { api, calls } = taskApi(['running', 'complete'], [done(rows)])
    const result = await pollRows(api, { id: 't', status: 'running' }, [1], never(), 0)
    expect(result.rows).toBe(rows)
    expect(calls).toEqual(['task t', 'task t', 'results t'])
  } finally {
    clock.mockRestore()
  }
})

test('a time-out names Looker’s last word, also while an expired was being checked again', async () => {
  const { api, calls } = taskApi(['expired'], [])
  let now = 0
  const clock = jest.spyOn(Date, 'now').mockImplementation(() => (now += 5_001))
  try {
    const error = await pollRows(api, { id: 't', status: 'running' }, [1], never(), 5_000).catch(
      (e: unknown) => e
    )
    expect(error).toMatchObject({
      message:
        'The query did not finish within 5 s (Looker last reported "expired"). Looker was asked to stop it.',
    })
    expect(calls).toEqual(['task t', 'cancel t'])
  } finally {
    clock.mockRestore()
  }
})

test('Looker refusing to stop a task changes nothing: Cancel still cancels, a time-out still says so', async () => {
  const { api, calls } = taskApi(['running'], [])
  api.cancelQueryTask = async (id: string) => {
    calls.push(`cancel ${id}`)
    throw new ApiError('Looker is down', 'looker', null, 500)
  }
  const c = new AbortController()
  c.abort()
  await expect(pollRows(api, { id: 't', status: 'running' }, [1], c.signal)).rejects.toBeInstanceOf(
    Cancelled
  )
  let now = 0
  const clock = jest.spyOn(Date, 'now').mockImplementation(() => (now += 61_000))
  try {
    await expect(
      pollRows(api, { id: 't', status: 'running' }, [1], never(), 60_000)
    ).rejects.toThrow(
      'The query did not finish within 1 minutes (Looker last reported "running"). Looker was asked to stop it.'
    )
  } finally {
    clock.mockRestore()
  }
  expect(calls).toEqual(['cancel t', 'task t', 'cancel t'])
})

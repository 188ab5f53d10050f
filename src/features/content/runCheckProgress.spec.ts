/**
 * What the content check reports and keeps as it goes, over the real SDK and the fake Looker's
 * demo (7 distinct queries: 3 with the same SQL both ways, 4 whose SQL differs). The check's clock
 * is the test's (`now`), and so is its once-a-second refresh (setInterval); everything else is real.
 */
import { ApiError } from '../../looker'
import { Cancelled, sleep } from '../../shared/abort'
import { apiOverFake } from '../../../test/apiOverFake'
import type { FakeLooker } from '../../../test/fakeLooker'
import type { LookerApi } from '../../looker'
import {
  LEFT_DEV,
  NOT_DEV,
  runContentCheck,
  seconds,
  type CheckOptions,
  type Measured,
} from './runCheck'
import type { QueryOutcome } from './types'

let looker: FakeLooker
let api: LookerApi
let cleanup: () => Promise<void>
let clock: number
let texts: string[]

beforeEach(async () => {
  jest.useFakeTimers({
    doNotFake: [
      'Date',
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
    ],
  })
  ;({ looker, api, cleanup } = await apiOverFake({ workspace: 'dev' }))
  clock = 0
  texts = []
})
afterEach(async () => {
  jest.useRealTimers()
  await cleanup()
})

const options = (over: Partial<CheckOptions> = {}): CheckOptions => ({
  projectId: 'ecommerce',
  commit: 'abc',
  concurrency: 4,
  tolerance: 0,
  resume: null,
  save: () => undefined,
  progress: (text) => texts.push(text),
  devSide: (work) => work(),
  workspace: async () => (await api.getSession()).workspaceId,
  now: () => clock,
  ...over,
})
const check = (over: Partial<CheckOptions> = {}) =>
  runContentCheck(api, new AbortController().signal, options(over))
const ops = (name: string) => looker.log.filter((e) => e.operation === name)
const FINDING = 'Finding the dashboards and Looks on this project’s models'

test('seconds are whole, rounded', () => {
  expect(seconds(0)).toBe('0 s')
  expect(seconds(1499)).toBe('1 s')
  expect(seconds(1500)).toBe('2 s')
  expect(seconds(61_000)).toBe('61 s')
})

test('progress: finding, what it waits for, then how many are measured and for how long', async () => {
  let first = true
  const r = await check({
    devSide: (work, onWait) => {
      if (first) onWait('the content validation visits production')
      first = false
      clock = 1500
      return work()
    },
  })
  expect(texts).toEqual([
    FINDING,
    `${FINDING} · waiting while the content validation visits production`,
    'Measured 0 of 7 queries · 2 s',
  ])
  expect(Object.keys(r.queries)).toHaveLength(7)
  expect(r.tolerance).toBe(0)
})

test('a report comes at most every 250 ms', async () => {
  // One comparison at a time, each 250 ms after the one before.
  looker.intercept('create_query', async (_req, next) => {
    clock += 250
    return next()
  })
  await check({ concurrency: 2 })
  expect(texts).toEqual([
    FINDING,
    'Measured 0 of 7 queries · 0 s',
    'Measured 4 of 7 queries, 1 running both ways · 0 s',
    'Measured 5 of 7 queries, 1 running both ways · 1 s',
    'Measured 6 of 7 queries, 1 running both ways · 1 s',
    'Measured 7 of 7 queries, 1 running both ways · 1 s',
  ])
})

test('once a second the report is refreshed, with how many run both ways; never after the end', async () => {
  for (const [concurrency, lanes] of [
    [5, 2],
    [1, 1],
  ] as const) {
    texts = []
    const held = looker.hold('create_query')
    const run = check({ concurrency })
    for (let i = 0; i < 500 && held.waiting < lanes; i++) await sleep(10)
    await sleep(100)
    expect(held.waiting).toBe(lanes)
    const before = texts.length
    jest.advanceTimersByTime(1000)
    expect(texts.slice(before)).toEqual([
      `Measured 3 of 7 queries, ${lanes} running both ways · 0 s`,
    ])
    held.release()
    await run
    const after = texts.length
    jest.advanceTimersByTime(5000)
    expect(texts).toHaveLength(after)
    looker.log.length = 0
  }
})

test('what was measured is saved every two seconds and when the check ends', async () => {
  const saves: Array<{
    finished: boolean
    measured: number
    commit: string | null
    tolerance: number
  }> = []
  looker.intercept('create_query', async (_req, next) => {
    clock += 1000
    return next()
  })
  await check({
    concurrency: 2,
    commit: 'c1',
    tolerance: 0.5,
    save: (m) =>
      saves.push({
        finished: m.finished,
        measured: Object.keys(m.outcomes).length,
        commit: m.commit,
        tolerance: m.tolerance,
      }),
  })
  expect(saves).toEqual([
    { finished: false, measured: 5, commit: 'c1', tolerance: 0.5 },
    { finished: false, measured: 7, commit: 'c1', tolerance: 0.5 },
    { finished: true, measured: 7, commit: 'c1', tolerance: 0.5 },
  ])
})

describe('resuming', () => {
  let saved: Measured
  beforeEach(async () => {
    await check({ save: (m) => (saved = m) })
    texts = []
    looker.log.length = 0
  })

  test('what an earlier run on the same commit and tolerance measured is kept, not asked again', async () => {
    const outcomes = { ...saved.outcomes }
    const [kept] = Object.entries(outcomes).filter(([, o]) => o.kind === 'same-sql')[0]!
    const marked: QueryOutcome = { kind: 'identical', rows: 99 }
    const resume = { ...saved, finished: false, outcomes: { [kept]: marked } }
    const r = await check({ resume: Promise.resolve(resume) })
    expect(texts[1]).toBe('Measured 1 of 7 queries · 0 s')
    expect(r.queries[kept]!.outcome).toEqual(marked)
    expect(ops('run_inline_query')).toHaveLength(12) // both sides of the six others
    expect(resume.outcomes).toEqual({ [kept]: marked }) // the resumed record is not changed
  })

  test('another tolerance measures everything again', async () => {
    const r = await check({ resume: { ...saved, finished: false }, tolerance: 1 })
    expect(texts[1]).toBe('Measured 0 of 7 queries · 0 s')
    expect(ops('run_inline_query')).toHaveLength(14)
    expect(r.tolerance).toBe(1)
  })
})

const refusal = (message: string, url: string) => ({
  status: 403,
  contentType: 'application/json',
  body: { message, documentation_url: url },
})
const fieldsOf = (body: unknown) => (body as { fields: string[] }).fields.join(',')

test('a side whose SQL Looker refuses is that query’s outcome, counted once', async () => {
  const url = 'https://cloud.google.com/looker/docs/r/err/4.0/403/post/queries/run/sql'
  // "Orders by month": refused in production. "Orders by category": refused both ways.
  looker.intercept('run_inline_query', async (req, next) => {
    const fields = fieldsOf(req.body)
    const production = req.query?.force_production === 'true'
    if (fields === 'orders.created_month,orders.count' && production)
      return refusal('No production SQL', url)
    if (fields === 'products.category,orders.count') return refusal('No SQL', url)
    return next()
  })
  let step = 0
  const r = await check({ now: () => (step += 1000) })
  const outcome = (title: string) => {
    const item = r.items.find((i) => i.title === title)!
    return r.queries[item.queryKey!]!.outcome
  }
  expect(outcome('Orders by month')).toEqual({
    kind: 'failed',
    side: 'production',
    message: 'No production SQL',
    documentationUrl: url,
  })
  expect(outcome('Orders by category')).toMatchObject({ kind: 'failed', message: 'No SQL' })
  expect(texts.filter((t) => /^Measured [89] of 7/.test(t))).toEqual([])
  expect(texts.some((t) => t.startsWith('Measured 7 of 7 queries'))).toBe(true)
})

test('a Cancel while the branch’s SQL waits for the session is a Cancel, not a failure', async () => {
  let calls = 0
  await expect(
    check({
      devSide: (work) => (++calls === 1 ? work() : Promise.reject(new Cancelled())),
    })
  ).rejects.toBeInstanceOf(Cancelled)
})

test('each explore is read once; one Looker will not read still lets its queries compare', async () => {
  const r = await check()
  expect(ops('lookml_model_explore')).toHaveLength(1)
  looker.log.length = 0
  looker.fail('lookml_model_explore', 404, 'Not found')
  const again = await check()
  expect(ops('lookml_model_explore').length).toBeGreaterThan(0)
  const kinds = (x: typeof r) =>
    Object.values(x.queries)
      .map((q) => q.outcome?.kind)
      .sort()
  expect(kinds(again)).toEqual(kinds(r))
})

test('not in Development Mode, or leaving it: the message, and nothing measured is kept', async () => {
  await expect(check({ workspace: async () => 'production' })).rejects.toEqual(
    new ApiError(NOT_DEV, 'unexpected')
  )
  await expect(check({ workspace: async () => 'production' })).rejects.toMatchObject({
    kind: 'unexpected',
    message:
      'The session is not in Development Mode, so the branch’s SQL cannot be read: turn on Development Mode and run the check again.',
  })
  let reads = 0
  let saved: Measured | null = null
  await expect(
    check({
      workspace: async () => (++reads === 1 ? 'dev' : 'production'),
      save: (m) => (saved = m),
    })
  ).rejects.toMatchObject({
    kind: 'unexpected',
    message:
      'The session left Development Mode while the check ran (another tab?), so what was read as the branch may be production: run the check again.',
  })
  expect(LEFT_DEV).toMatch(/^The session left Development Mode/)
  expect(saved!).toEqual({ commit: 'abc', tolerance: 0, finished: false, outcomes: {} })
})

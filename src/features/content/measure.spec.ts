/**
 * One query measured both ways over the real SDK and the fake Looker: the rows each side's query
 * task delivers are set per side (the fake's hooks), so every outcome and figure is exact.
 */
import { sleep, Cancelled } from '../../shared/abort'
import { apiOverFake } from '../../../test/apiOverFake'
import type { FakeLooker } from '../../../test/fakeLooker'
import type { ExploreDetail, LookerApi, SavedQuery } from '../../looker'
import { compareRows, failedOn, RUN_TIMEOUT_MS, type DevSide } from './measure'

let looker: FakeLooker
let api: LookerApi
let cleanup: () => Promise<void>
let explore: ExploreDetail

beforeEach(async () => {
  ;({ looker, api, cleanup } = await apiOverFake({ workspace: 'dev' }))
  explore = await api.getExplore('ecommerce', 'orders')
})
afterEach(async () => {
  jest.restoreAllMocks()
  await cleanup()
})

const STATUS = 'orders.status'
const REVENUE = 'orders.total_revenue'
const COUNT = 'orders.count'

const query: SavedQuery = {
  model: 'ecommerce',
  explore: 'orders',
  fields: [STATUS, REVENUE],
  pivots: [],
  filters: {},
  sorts: [STATUS],
  limit: '500',
  dynamicFields: null,
}

type Cells = Array<Record<string, unknown>>
type Side = 'production' | 'dev'
/** Looker's json_detail answer: rows of `{value}` cells, and the fields Looker ran (if given). */
const detail = (rows: Cells, fields?: { dimensions: string[]; measures: string[] }) => ({
  data: rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, value]) => [k, { value }]))),
  fields: fields && {
    dimensions: fields.dimensions.map((name) => ({ name })),
    measures: fields.measures.map((name) => ({ name })),
  },
})
const NOT_YET = { status: 204, contentType: 'text/plain', body: undefined }
const json = (body: unknown, status = 200) => ({ status, contentType: 'application/json', body })

/**
 * Each side's query task answers what `answer` gives for its n-th poll (0 first): a json_detail
 * body, or NOT_YET / any response as is.
 */
function deliver(answer: (side: Side, poll: number) => unknown) {
  const sides = new Map<string, Side>()
  const polls = new Map<string, number>()
  looker.intercept('create_query_task', async (req, next) => {
    const res = await next()
    const id = (res.body as { id: string }).id
    sides.set(id, req.query?.force_production === 'true' ? 'production' : 'dev')
    return res
  })
  looker.intercept('query_task_results', async (req) => {
    const id = decodeURIComponent(req.path.split('/')[2]!)
    const poll = polls.get(id) ?? 0
    polls.set(id, poll + 1)
    const a = answer(sides.get(id)!, poll)
    return a && typeof a === 'object' && 'contentType' in a ? (a as typeof NOT_YET) : json(a)
  })
}

const byStatus = (rows: Array<[string, unknown]>) =>
  rows.map(([status, revenue]) => ({ [STATUS]: status, [REVENUE]: revenue }))

const direct: DevSide = (work) => work()
const compare = (
  over: {
    explore?: ExploreDetail | null
    tolerance?: number
    signal?: AbortSignal
    devSide?: DevSide
  } = {}
) =>
  compareRows(
    api,
    query,
    over.explore === undefined ? explore : over.explore,
    over.tolerance ?? 0,
    over.signal ?? new AbortController().signal,
    over.devSide ?? direct
  )

const ops = () => looker.log.map((e) => e.operation)

test('the same rows in another order are identical: rows match on the dimensions', async () => {
  deliver((side) =>
    detail(
      side === 'production'
        ? byStatus([
            ['complete', 10],
            ['shipped', 20],
          ])
        : byStatus([
            ['shipped', 20],
            ['complete', 10],
          ])
    )
  )
  expect(await compare()).toEqual({ kind: 'identical', rows: 2 })
  expect(ops().filter((o) => o === 'create_query_task')).toHaveLength(2)
  expect(ops()).not.toContain('kill_query')
})

test('without the explore every column is compared: rows match in order', async () => {
  deliver((side) =>
    detail(
      side === 'production'
        ? byStatus([
            ['complete', 10],
            ['shipped', 20],
          ])
        : byStatus([
            ['shipped', 20],
            ['complete', 10],
          ])
    )
  )
  expect(await compare({ explore: null })).toMatchObject({ kind: 'differ' })
})

test('differing rows: how many, and the largest change absolute and relative to production', async () => {
  const production = byStatus([
    ['a', 10], // +5: 50 %
    ['b', 0], // +3: no relative change from 0
    ['c', 2], // +3: 150 %
    ['d', 100], // +1: 1 %
    ['e', null], // null to 50: not a change of a number
    ['f', 'x'], // text: not a number
    ['g', 7], // unchanged
    ['only in production', 1],
  ])
  const development = byStatus([
    ['a', 15],
    ['b', 3],
    ['c', 5],
    ['d', 101],
    ['e', 50],
    ['f', 'y'],
    ['g', 7],
    ['only in development', 1],
    ['also only in development', 1],
  ])
  deliver((side) => detail(side === 'production' ? production : development))
  expect(await compare()).toEqual({
    kind: 'differ',
    rows: 9,
    largestAbsolute: 5,
    largestRelative: 1.5,
  })
})

test('the largest change is the largest wherever it comes in the rows, absolute and relative', async () => {
  // In status order: +1 (10 %), +4 (4 %), +2 (200 %), +4 again: the largest come later, and a tie
  // keeps the largest.
  const production = byStatus([
    ['a', 10],
    ['b', 100],
    ['c', 1],
    ['d', -100],
  ])
  const development = byStatus([
    ['a', 11],
    ['b', 104],
    ['c', 3],
    ['d', -96],
  ])
  deliver((side) => detail(side === 'production' ? production : development))
  expect(await compare()).toEqual({
    kind: 'differ',
    rows: 4,
    largestAbsolute: 4,
    largestRelative: 2,
  })
})

test('a tolerance lets small changes of numbers count as the same', async () => {
  deliver((side) => detail(byStatus([['a', side === 'production' ? 10 : 10.5]])))
  expect(await compare({ tolerance: 1 })).toEqual({ kind: 'identical', rows: 1 })
})

test('rows that differ in text only have no largest change', async () => {
  deliver((side) => detail(byStatus([['a', side === 'production' ? 'x' : 'y']])))
  expect(await compare()).toEqual({
    kind: 'differ',
    rows: 1,
    largestAbsolute: null,
    largestRelative: null,
  })
})

test('fields added or dropped on the branch, from the fields Looker ran even without rows', async () => {
  const fields = { dimensions: [STATUS], measures: [REVENUE] }
  const more = { dimensions: [STATUS], measures: [REVENUE, COUNT] }
  deliver((side) => detail([], side === 'production' ? fields : more))
  expect(await compare()).toEqual({ kind: 'fields', added: [COUNT], dropped: [] })
})

test('a field dropped on the branch, seen in the rows when Looker does not list fields', async () => {
  deliver((side) =>
    detail(
      side === 'production'
        ? [{ [STATUS]: 'a', [REVENUE]: 1, [COUNT]: 2 }]
        : [{ [STATUS]: 'a', [REVENUE]: 1 }]
    )
  )
  expect(await compare()).toEqual({ kind: 'fields', added: [], dropped: [COUNT] })
})

test('the branch’s side is started through devSide, production’s directly', async () => {
  deliver(() => detail(byStatus([['a', 1]])))
  let calls = 0
  const devSide: DevSide = (work) => {
    calls++
    return work()
  }
  expect(await compare({ devSide })).toEqual({ kind: 'identical', rows: 1 })
  expect(calls).toBe(1)
})

const refusal = (message: string, url: string) => json({ message, documentation_url: url }, 403)

test('Looker refusing to save the query fails the development side with its message and link', async () => {
  const url = 'https://cloud.google.com/looker/docs/r/err/4.0/403/post/queries'
  looker.intercept('create_query', async () => refusal('Not allowed to create queries', url))
  expect(await compare()).toEqual({
    kind: 'failed',
    side: 'development',
    message: 'Not allowed to create queries',
    documentationUrl: url,
  })
})

test('a side whose task Looker refuses, or whose results fail, is that side’s failure', async () => {
  const url = 'https://cloud.google.com/looker/docs/r/err/4.0/403/post/query_tasks'
  const off = looker.intercept('create_query_task', async (req, next) =>
    req.query?.force_production === 'true' ? refusal('No production models', url) : next()
  )
  expect(await compare()).toEqual({
    kind: 'failed',
    side: 'production',
    message: 'No production models',
    documentationUrl: url,
  })
  off()
  deliver((side) =>
    side === 'dev'
      ? { data: [], errors: [{ message: 'Unknown field', message_details: 'orders.x' }] }
      : detail(byStatus([['a', 1]]))
  )
  expect(await compare()).toEqual({
    kind: 'failed',
    side: 'development',
    message: 'Unknown field orders.x',
    documentationUrl: null,
  })
  await sleep(50)
  expect(ops()).not.toContain('kill_query') // a failure is not a Cancel
})

test('failedOn names the side as people read it', () => {
  const e = { message: 'Nope', documentation_url: 'https://cloud.google.com/looker/docs/r/err/x' }
  expect(failedOn('production', e)).toEqual({
    kind: 'failed',
    side: 'production',
    message: 'Nope',
    documentationUrl: 'https://cloud.google.com/looker/docs/r/err/x',
  })
  expect(failedOn('dev', e)).toMatchObject({ side: 'development' })
})

describe('a query still running after five minutes', () => {
  let clock: number
  beforeEach(() => {
    clock = Date.now()
    jest.spyOn(Date, 'now').mockImplementation(() => clock)
  })

  test('at exactly five minutes it is polled again', async () => {
    deliver((side, poll) => {
      if (side === 'dev' || poll > 0) return detail(byStatus([['a', 1]]))
      clock += RUN_TIMEOUT_MS
      return NOT_YET
    })
    expect(await compare()).toEqual({ kind: 'identical', rows: 1 })
  })

  test('past five minutes it is timed out and Looker is asked to stop it', async () => {
    deliver((side, poll) => {
      if (side === 'dev' || poll > 0) return detail(byStatus([['a', 1]]))
      clock += RUN_TIMEOUT_MS + 1
      return NOT_YET
    })
    expect(await compare()).toEqual({ kind: 'timed-out', side: 'production' })
    for (let i = 0; i < 50 && !ops().includes('kill_query'); i++) await sleep(20)
    expect(ops().filter((o) => o === 'kill_query')).toHaveLength(1)
  })

  test('the branch’s side timed out; both: production is named', async () => {
    let late: Side = 'dev'
    deliver((side, poll) => {
      if (side !== late && late !== ('both' as Side)) return detail(byStatus([['a', 1]]))
      if (poll === 0) clock += RUN_TIMEOUT_MS + 1
      return NOT_YET
    })
    expect(await compare()).toEqual({ kind: 'timed-out', side: 'development' })
    late = 'both' as Side
    expect(await compare()).toEqual({ kind: 'timed-out', side: 'production' })
  })
})

test('Cancel while waiting for rows rejects with Cancelled and stops both of Looker’s tasks', async () => {
  const controller = new AbortController()
  // The person cancels while the app waits to poll again (its first wait is 100 ms).
  deliver(() => {
    setTimeout(() => controller.abort(), 50)
    return NOT_YET
  })
  await expect(compare({ signal: controller.signal })).rejects.toBeInstanceOf(Cancelled)
  for (let i = 0; i < 50 && ops().filter((o) => o === 'kill_query').length < 2; i++) await sleep(20)
  expect(ops().filter((o) => o === 'kill_query')).toHaveLength(2)
})

test('a Cancel while the branch’s side waits to start is a Cancel, not a failure', async () => {
  const devSide: DevSide = () => Promise.reject(new Cancelled())
  await expect(compare({ devSide })).rejects.toBeInstanceOf(Cancelled)
})

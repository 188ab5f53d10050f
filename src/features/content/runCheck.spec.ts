/**
 * The content check over the real SDK and the fake Looker's demo: ada is on feature/net-revenue,
 * which redefines orders.total_revenue. Revenue tiles differ, count tiles have the same SQL, text
 * and merged tiles are listed with why, and the session's workspace is never switched.
 */
import { sleep } from '../../shared/abort'
import { apiOverFake } from '../../../test/apiOverFake'
import type { FakeLooker } from '../../../test/fakeLooker'
import type { LookerApi } from '../../looker'
import { runContentCheck, type Measured } from './runCheck'
import type { ContentImpact, QueryOutcome } from './types'

let looker: FakeLooker
let api: LookerApi
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ looker, api, cleanup } = await apiOverFake({ workspace: 'dev' }))
})
afterEach(() => cleanup())

const options = (over: Partial<Parameters<typeof runContentCheck>[2]> = {}) => ({
  projectId: 'ecommerce',
  commit: 'abc',
  concurrency: 4,
  tolerance: 0,
  resume: null,
  save: () => undefined,
  progress: () => undefined,
  devSide: <T>(work: () => Promise<T>) => work(),
  workspace: async () => (await api.getSession()).workspaceId,
  ...over,
})

function outcomeOf(r: ContentImpact, title: string): QueryOutcome | string | null {
  const item = r.items.find((i) => i.title === title)
  if (!item) return 'missing'
  if (item.notCompared) return item.notCompared
  return r.queries[item.queryKey!]!.outcome
}

test('revenue tiles differ, count tiles have the same SQL, the rest is listed with why', async () => {
  const r = await runContentCheck(api, new AbortController().signal, options())
  expect(outcomeOf(r, 'Revenue by status')).toMatchObject({ kind: 'differ' })
  expect(outcomeOf(r, 'Share of revenue by status')).toMatchObject({ kind: 'differ' })
  expect(outcomeOf(r, 'Order count')).toEqual({ kind: 'same-sql' })
  expect(outcomeOf(r, 'Orders by month')).toEqual({ kind: 'same-sql' })
  expect(outcomeOf(r, 'About these numbers')).toBe('text')
  expect(outcomeOf(r, 'Revenue against spend')).toBe('merged')
  expect(outcomeOf(r, 'Orders by category')).toEqual({ kind: 'same-sql' })
  expect(outcomeOf(r, 'Tax by status')).toBe('missing')
  // The Look and the tile built on it are the same query: compared once.
  const look = r.items.find((i) => i.kind === 'look' && i.id === '11')!
  const onLook = r.items.find((i) => i.title === 'Revenue by status (Look)')!
  expect(onLook.queryKey).toBe(look.queryKey)
  // The dashboard's default filter applies to the tiles that listen to it.
  const tile = r.items.find((i) => i.title === 'Revenue by status')!
  expect(r.queries[tile.queryKey!]!.query.filters).toEqual({ 'orders.status': 'complete,shipped' })
  const ops = looker.log.map((e) => e.operation)
  expect(ops).not.toContain('update_session')
  expect(ops.filter((o) => o === 'search_dashboard_elements')).toHaveLength(1)
  // Only the queries whose SQL differs were run: two per differing query.
  const differing = Object.values(r.queries).filter((q) => q.outcome?.kind !== 'same-sql').length
  expect(ops.filter((o) => o === 'create_query_task')).toHaveLength(differing * 2)
})

test('a dashboard Looker will not read is a line with its message; the rest goes on', async () => {
  looker.fail('dashboard', 403, 'You do not have access to this dashboard', 1)
  const r = await runContentCheck(api, new AbortController().signal, options())
  expect(r.failures).toEqual([
    expect.objectContaining({
      kind: 'dashboard',
      title: 'Orders overview',
      message: expect.stringMatching(/do not have access/),
    }),
  ])
  expect(outcomeOf(r, 'Orders by category')).toEqual({ kind: 'same-sql' })
})

test('a run resumes from what was measured on the same commit, not on another', async () => {
  let saved: Measured | null = null
  await runContentCheck(api, new AbortController().signal, options({ save: (m) => (saved = m) }))
  expect(saved!.finished).toBe(true)
  const resume = { ...saved!, finished: false }
  const before = looker.log.length
  await runContentCheck(api, new AbortController().signal, options({ resume }))
  const again = looker.log.slice(before).map((e) => e.operation)
  expect(again).not.toContain('run_inline_query')
  expect(again).not.toContain('create_query_task')
  const moved = looker.log.length
  await runContentCheck(api, new AbortController().signal, options({ resume, commit: 'def' }))
  expect(looker.log.slice(moved).map((e) => e.operation)).toContain('run_inline_query')
})

test('Cancel stops Looker’s running tasks and keeps what was measured for a resume', async () => {
  const controller = new AbortController()
  // Looker never finishes the rows; the person cancels while waiting for them.
  looker.intercept('query_task_results', async () => {
    controller.abort()
    return { status: 204, contentType: 'text/plain', body: undefined }
  })
  let saved: Measured | null = null
  await expect(
    runContentCheck(api, controller.signal, options({ save: (m) => (saved = m) }))
  ).rejects.toThrow('Cancelled')
  for (let i = 0; i < 50 && !looker.log.some((e) => e.operation === 'kill_query'); i++)
    await sleep(20)
  expect(looker.log.map((e) => e.operation)).toContain('kill_query')
  expect(saved!.finished).toBe(false)
  expect(Object.values(saved!.outcomes)).toContainEqual({ kind: 'same-sql' })
})

test('a session that is not in Development Mode, or leaves it meanwhile, measures nothing', async () => {
  const signal = new AbortController().signal
  await expect(
    runContentCheck(api, signal, options({ workspace: async () => 'production' }))
  ).rejects.toThrow('The session is not in Development Mode')
  // Another tab switches to production while the SQL is read: nothing measured is kept.
  let reads = 0
  let saved: Measured | null = null
  const leaves = options({
    workspace: async () => (++reads === 1 ? 'dev' : 'production'),
    save: (m) => (saved = m),
  })
  await expect(runContentCheck(api, signal, leaves)).rejects.toThrow(
    'The session left Development Mode'
  )
  expect(saved!.outcomes).toEqual({})
  expect(saved!.finished).toBe(false)
})

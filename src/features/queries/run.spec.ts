/** Running and comparing over the real api and the fake Looker, without React (fast). */
import type { LookerApi, QuerySpec } from '../../looker'
import type { LockedSession } from '../../state/workspace'
import { createPutBack } from '../../state/putBack'
import { apiOverFake } from '../../../test/apiOverFake'
import type { FakeLooker } from '../../../test/fakeLooker'
import {
  Cancelled,
  compareModes,
  NeedsDevMode,
  runInCurrentMode,
  WORKSPACE_CHANGED,
  type RunDeps,
} from './run'

let looker: FakeLooker
let api: LookerApi
let cleanup: () => Promise<void>
let deps: RunDeps

beforeEach(async () => {
  ;({ looker, api, cleanup } = await apiOverFake({ queryOptions: { slowQueryMs: 0 } }))
  const session: LockedSession = {
    switchWorkspace: (id) => api.switchWorkspace(id),
    readSession: () => api.getSession(),
    visiting: () => undefined,
  }
  // The put-back as the app's provider does it, without its retries and local storage.
  const putBack = createPutBack({ delaysMs: [] })
  deps = { api, exclusive: (work) => work(session), pollDelaysMs: [1], putBack }
})
afterEach(() => cleanup())

const spec: QuerySpec = {
  model: 'ecommerce',
  explore: 'orders',
  fields: ['orders.status', 'orders.total_revenue'],
  filters: {},
  sorts: ['orders.status'],
  limit: 500,
}
const signal = () => new AbortController().signal
const ranIn = () =>
  looker.log.filter((e) => e.operation === 'create_query_task').map((e) => e.queryWorkspace)

test('runs in the session’s workspace and labels the result with it', async () => {
  const before = Date.now()
  const prod = await runInCurrentMode(deps, spec, signal())
  const elapsed = Date.now() - before
  expect(prod).toMatchObject({ status: 'success', mode: 'production' })
  if (prod.status !== 'success') throw new Error('failed')
  expect(prod.rows).toHaveLength(5)
  expect(prod.sql).toMatch(/SUM\(orders\.sale_price \)/)
  expect(prod.queryId).toMatch(/\S/)
  // Its own run's wall time: within the call's, whatever the machine's speed.
  expect(prod.runtimeMs).toBeGreaterThanOrEqual(0)
  expect(prod.runtimeMs).toBeLessThanOrEqual(elapsed)
  await api.switchWorkspace('dev')
  const dev = await runInCurrentMode(deps, spec, signal())
  expect(dev).toMatchObject({ status: 'success', mode: 'dev' })
  expect(ranIn()).toEqual(['production', 'dev'])
})

test('a run with a field this workspace lacks names the field Looker does not know', async () => {
  const bad = { ...spec, fields: ['orders.status', 'orders.nope'] }
  const side = await runInCurrentMode(deps, bad, signal())
  expect(side).toMatchObject({ mode: 'production', missing: ['orders.nope'] })
})

test('another tab leaving Development Mode during a run: the dev side refuses its label', async () => {
  await api.switchWorkspace('dev')
  looker.intercept('create_query_task', async (_req, next) => {
    const res = await next()
    looker.setUserWorkspace('ada', 'production')
    return res
  })
  const side = await runInCurrentMode(deps, spec, signal())
  expect(side).toMatchObject({ status: 'error', mode: 'dev' })
  if (side.status === 'error')
    expect(side.error).toMatchObject({ message: WORKSPACE_CHANGED, kind: 'unexpected' })
})

test('Cancel before the run throws Cancelled and starts nothing', async () => {
  const c = new AbortController()
  c.abort()
  await expect(runInCurrentMode(deps, spec, c.signal)).rejects.toBeInstanceOf(Cancelled)
  await expect(compareModes(deps, spec, true, c.signal)).rejects.toBeInstanceOf(Cancelled)
  expect(ranIn()).toEqual([])
})

test('compare from production needs permission to switch', async () => {
  const refused = compareModes(deps, spec, false, signal())
  await expect(refused).rejects.toBeInstanceOf(NeedsDevMode)
  await expect(refused).rejects.toThrow(
    'Comparing production with development needs Development Mode.'
  )
  expect(ranIn()).toEqual([])
})

test('compare from production switches, runs both sides, and puts the session back', async () => {
  const c = await compareModes(deps, spec, true, signal())
  expect(c.switched).toBe(true)
  expect(c.leftInDev).toBe(false)
  expect(c.production).toMatchObject({ status: 'success', mode: 'production' })
  expect(c.dev).toMatchObject({ status: 'success', mode: 'dev' })
  if (c.production.status !== 'success' || c.dev.status !== 'success') throw new Error('failed')
  expect(c.dev.sql).toMatch(/orders\.sale_price - orders\.discount/)
  expect(c.production.rows).not.toEqual(c.dev.rows)
  expect(ranIn()).toEqual(['production', 'dev'])
  expect(await api.getSession()).toEqual({ workspaceId: 'production' })
})

test('compare from Development Mode does not switch and stays there', async () => {
  await api.switchWorkspace('dev')
  const c = await compareModes(deps, spec, false, signal())
  expect(c.switched).toBe(false)
  expect(await api.getSession()).toEqual({ workspaceId: 'dev' })
  expect(looker.log.filter((e) => e.operation === 'update_session')).toHaveLength(1)
})

test('a switch Looker does not honour fails the comparison and puts the session back', async () => {
  looker.answer('update_session', { workspace_id: 'production', sudo_user_id: null, can: {} })
  await expect(compareModes(deps, spec, true, signal())).rejects.toThrow(
    'Looker kept the session in production.'
  )
  expect(ranIn()).toEqual([])
})

test('a field only development has is named on the production side; dev runs it', async () => {
  const devOnly = { ...spec, fields: ['orders.status', 'orders.average_discount'] }
  const c = await compareModes(deps, devOnly, true, signal())
  expect(c.production).toMatchObject({ missing: ['orders.average_discount'] })
  expect(c.dev).toMatchObject({ status: 'success' })
  expect(await api.getSession()).toEqual({ workspaceId: 'production' })
})

test('a side Looker refuses is a failure labelled with its mode, not a thrown error', async () => {
  looker.fail('run_query', 500, 'The database is down')
  const side = await runInCurrentMode(deps, spec, signal())
  expect(side).toMatchObject({ status: 'error', mode: 'production', missing: [] })
  if (side.status === 'error') expect(side.error.message).toBe('The database is down')
  expect(ranIn()).toEqual([])
})

test('a field Looker dropped is missing from a successful side; the fields it ran are named', async () => {
  const side = await runInCurrentMode(
    deps,
    { ...spec, fields: ['orders.status', 'orders.nope', 'orders.total_revenue'] },
    signal()
  )
  expect(side).toMatchObject({
    status: 'success',
    fields: ['orders.status', 'orders.total_revenue'],
    missing: ['orders.nope'],
  })
})

test('a put-back Looker refuses keeps both sides and says the session is left in Development Mode', async () => {
  let switches = 0
  looker.intercept('update_session', async (_req, next) =>
    ++switches === 1
      ? next()
      : { status: 500, contentType: 'application/json', body: { message: 'Looker is down' } }
  )
  const left: unknown[] = []
  deps.putBack = createPutBack({ delaysMs: [], left: (l) => left.push(l) })
  const c = await compareModes(deps, spec, true, signal())
  expect(c).toMatchObject({ switched: true, leftInDev: true })
  // The banner names what switched: the comparison.
  expect(left).toEqual([{ reason: 'failed', in: 'dev', back: 'production', by: 'comparison' }])
  expect(c.production).toMatchObject({ status: 'success', mode: 'production' })
  expect(c.dev).toMatchObject({ status: 'success', mode: 'dev' })
  expect(await api.getSession()).toEqual({ workspaceId: 'dev' })
})

test('a Cancel between the two starts stops the task that did start and puts the session back', async () => {
  const c = new AbortController()
  // The second side's SQL waits until the first side's task has started; then the person cancels.
  let firstStarted!: () => void
  const started = new Promise<void>((resolve) => (firstStarted = resolve))
  let sqlRequests = 0
  looker.intercept('run_query', async (_req, next) => {
    if (++sqlRequests === 2) await started
    return next()
  })
  const taskIds: string[] = []
  looker.intercept('create_query_task', async (_req, next) => {
    const res = await next()
    taskIds.push((res.body as { id: string }).id)
    c.abort()
    firstStarted()
    return res
  })
  const killed = killRequested()
  await expect(compareModes(deps, spec, true, c.signal)).rejects.toBeInstanceOf(Cancelled)
  expect(taskIds).toHaveLength(1)
  expect(await killed).toBe(`/running_queries/${taskIds[0]}`)
  expect(await api.getSession()).toEqual({ workspaceId: 'production' })
})

/** Resolves with the path of the first kill_query request (the app asks Looker to stop a task). */
function killRequested() {
  return new Promise<string>((resolve) =>
    looker.intercept('kill_query', async (req, next) => {
      resolve(req.path)
      return next()
    })
  )
}

test('a Cancel while the SQL is fetched throws Cancelled and starts no task', async () => {
  const c = new AbortController()
  looker.intercept('run_query', async (_req, next) => {
    c.abort()
    return next()
  })
  await expect(runInCurrentMode(deps, spec, c.signal)).rejects.toBeInstanceOf(Cancelled)
  expect(ranIn()).toEqual([])
})

test('a Cancel once the task has started throws Cancelled and asks Looker to stop the task', async () => {
  const c = new AbortController()
  let taskId = ''
  looker.intercept('create_query_task', async (_req, next) => {
    const res = await next()
    taskId = (res.body as { id: string }).id
    c.abort()
    return res
  })
  const killed = killRequested()
  await expect(runInCurrentMode(deps, spec, c.signal)).rejects.toBeInstanceOf(Cancelled)
  expect(await killed).toBe(`/running_queries/${taskId}`)
})

test('a failure while the rows are fetched is a failure labelled with its mode, not a thrown error', async () => {
  looker.fail('query_task_results', 500, 'The results are lost')
  const side = await runInCurrentMode(deps, spec, signal())
  expect(side).toMatchObject({ status: 'error', mode: 'production', missing: [] })
  if (side.status === 'error') expect(side.error.message).toBe('The results are lost')
  expect(ranIn()).toEqual(['production'])
})

test('a Cancel while the other side is refused: Cancelled, and no task to stop', async () => {
  const c = new AbortController()
  let sqlRequests = 0
  looker.intercept('run_query', async (_req, next) => {
    if (++sqlRequests > 1) return next()
    c.abort()
    return {
      status: 500,
      contentType: 'application/json',
      body: { message: 'The database is down' },
    }
  })
  await expect(compareModes(deps, spec, true, c.signal)).rejects.toBeInstanceOf(Cancelled)
  expect(ranIn()).toEqual([])
  expect(looker.log.filter((e) => e.operation === 'kill_query')).toEqual([])
  expect(await api.getSession()).toEqual({ workspaceId: 'production' })
})

/** Looker reports the task as running on its first poll: the run has to wait before the next. */
function runningOnFirstPoll() {
  let polls = 0
  looker.intercept('query_task', async (_req, next) => {
    const res = await next()
    if (++polls > 1) return res
    return { ...res, body: { ...(res.body as object), status: 'running' } }
  })
}

test('results without Looker’s list of fields: the fields asked for are the ones ran, none missing', async () => {
  looker.intercept('query_task_results', async (_req, next) => {
    const res = await next()
    if (res.status !== 200 || typeof res.body !== 'object' || res.body === null) return res
    const { fields: _dropped, ...rest } = res.body as Record<string, unknown>
    return { ...res, body: rest }
  })
  const side = await runInCurrentMode(deps, spec, signal())
  expect(side).toMatchObject({
    status: 'success',
    mode: 'production',
    fields: ['orders.status', 'orders.total_revenue'],
    missing: [],
  })
})

test('without waits given, a run waits between polls with the default ones and finishes', async () => {
  runningOnFirstPoll()
  const side = await runInCurrentMode({ ...deps, pollDelaysMs: undefined }, spec, signal())
  expect(side).toMatchObject({ status: 'success', mode: 'production' })
  expect(looker.log.filter((e) => e.operation === 'query_task').length).toBeGreaterThan(1)
})

test('the waits given are the ones a run uses between polls', async () => {
  runningOnFirstPoll()
  const read: PropertyKey[] = []
  const delays = new Proxy([1], {
    get(target, key, receiver) {
      read.push(key)
      return Reflect.get(target, key, receiver)
    },
  })
  const side = await runInCurrentMode({ ...deps, pollDelaysMs: delays }, spec, signal())
  expect(side).toMatchObject({ status: 'success' })
  expect(read).toContain('0')
})

test('a workspace changed by another tab asks Looker to stop the task it can no longer label', async () => {
  await api.switchWorkspace('dev')
  let taskId = ''
  looker.intercept('create_query_task', async (_req, next) => {
    const res = await next()
    taskId = (res.body as { id: string }).id
    looker.setUserWorkspace('ada', 'production')
    return res
  })
  const killed = killRequested()
  const side = await runInCurrentMode(deps, spec, signal())
  expect(side).toMatchObject({ status: 'error', mode: 'dev', missing: [] })
  expect(await killed).toBe(`/running_queries/${taskId}`)
})

test('a task Looker refuses to stop changes nothing: the side still refuses its label', async () => {
  await api.switchWorkspace('dev')
  looker.intercept('create_query_task', async (_req, next) => {
    const res = await next()
    looker.setUserWorkspace('ada', 'production')
    return res
  })
  looker.fail('kill_query', 500, 'Looker is down')
  const side = await runInCurrentMode(deps, spec, signal())
  expect(side).toMatchObject({ status: 'error', mode: 'dev' })
  if (side.status === 'error') expect(side.error.message).toBe(WORKSPACE_CHANGED)
  await waitFor(() => looker.log.some((e) => e.operation === 'kill_query'))
})

test('a Cancel while another tab switches the workspace is a Cancel, not a refused label', async () => {
  await api.switchWorkspace('dev')
  const c = new AbortController()
  looker.intercept('create_query_task', async (_req, next) => {
    const res = await next()
    looker.setUserWorkspace('ada', 'production')
    c.abort()
    return res
  })
  await expect(runInCurrentMode(deps, spec, c.signal)).rejects.toBeInstanceOf(Cancelled)
})

test('a Cancel once both sides started stops both tasks and puts the session back', async () => {
  const c = new AbortController()
  let started = 0
  looker.intercept('create_query_task', async (_req, next) => {
    const res = await next()
    if (++started === 2) c.abort()
    return res
  })
  const kills: string[] = []
  looker.intercept('kill_query', async (req, next) => {
    kills.push(req.path)
    return next()
  })
  await expect(compareModes(deps, spec, true, c.signal)).rejects.toBeInstanceOf(Cancelled)
  expect(await api.getSession()).toEqual({ workspaceId: 'production' })
  await waitFor(() => kills.length === 2)
})

/** Waits until `done()` holds (a request the app sends without waiting for its answer). */
async function waitFor(done: () => boolean) {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5))
}

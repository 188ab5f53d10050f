/**
 * Property: whatever the user clicks meanwhile (switch, run, compare, cancel, in two panels), and
 * whatever another Looker tab switches, a result labelled Development ran on development models
 * and one labelled Production on production models (or the run says the workspace changed). Drives the state layer (WorkspaceProvider + useQueryRun) over the real SDK,
 * the fake host and the fake Looker, which logs the workspace each query ran in.
 */
import { sleep } from '../../shared/abort'
import React, { useImperativeHandle, forwardRef, createRef } from 'react'
import { act } from '@testing-library/react'
import fc from 'fast-check'
import { apiOverFake, type ApiOverFake } from '../../../test/apiOverFake'
import type { FakeLooker } from '../../../test/fakeLooker'
import { renderInApp } from '../../../test/renderInApp'
import type { LookerApi, QuerySpec, Row, RunMode } from '../../looker'
import { useWorkspace, type WorkspaceState } from '../../state/workspace'
import { WORKSPACE_CHANGED, type SideResult } from './run'
import { useQueryRun, type QueryRun, type RunState } from './useQueryRun'

interface Handles {
  workspace: WorkspaceState
  panels: [QueryRun, QueryRun]
}

const POLL = [0, 1, 2] as const

const Probe = forwardRef<Handles>(function Probe(_, ref) {
  const workspace = useWorkspace()
  const a = useQueryRun({ pollDelaysMs: POLL })
  const b = useQueryRun({ pollDelaysMs: POLL })
  useImperativeHandle(ref, () => ({ workspace, panels: [a, b] as [QueryRun, QueryRun] }))
  return null
})

/** When another tab's switch lands: at once, or right after Looker answers that operation. */
type Moment = 'now' | 'create_query' | 'run_query' | 'create_query_task'

type Action =
  | { type: 'switch'; to: RunMode }
  | { type: 'external'; to: RunMode; at: Moment }
  | { type: 'run'; panel: 0 | 1; slow: boolean }
  | { type: 'compare'; panel: 0 | 1; allowSwitch: boolean; slow: boolean }
  | { type: 'cancel'; panel: 0 | 1 }
  | { type: 'wait'; ms: number }

const panel = fc.constantFrom<0 | 1>(0, 1)
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    type: fc.constant('switch' as const),
    to: fc.constantFrom<RunMode>('dev', 'production'),
  }),
  fc.record({
    type: fc.constant('external' as const),
    to: fc.constantFrom<RunMode>('dev', 'production'),
    at: fc.constantFrom<Moment>('now', 'create_query', 'run_query', 'create_query_task'),
  }),
  fc.record({ type: fc.constant('run' as const), panel, slow: fc.boolean() }),
  fc.record({
    type: fc.constant('compare' as const),
    panel,
    allowSwitch: fc.boolean(),
    slow: fc.boolean(),
  }),
  fc.record({ type: fc.constant('cancel' as const), panel }),
  fc.record({ type: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 4 }) })
)

/**
 * At most one switch from another tab per interleaving: a re-read cannot see two that cancel out
 * (development, production, development) between reading the mode and starting the task; run.ts
 * accepts that limit.
 */
function oneExternal(actions: Action[]): Action[] {
  let seen = false
  return actions.filter((a) => a.type !== 'external' || (!seen && (seen = true)))
}

let fake: ApiOverFake
let looker: FakeLooker
let api: LookerApi
const expected: Record<RunMode, Row[]> = { production: [], dev: [] }
let unique = 0
/** Another tab's switches waiting for their moment (see `Moment`). */
let triggers: Array<{ at: Moment; to: RunMode }> = []
/** Labelled results whose rows, SQL and log were checked, and development sides that refused. */
const counted = { checked: 0, refused: 0 }

/** A query whose id no other action shares (`-zzN` excludes a status nobody has). */
function specFor(slow: boolean): QuerySpec {
  unique += 1
  return {
    model: 'ecommerce',
    explore: slow ? 'slow_orders' : 'orders',
    fields: ['orders.status', 'orders.total_revenue'],
    filters: { 'orders.status': `-zz${unique}` },
    sorts: ['orders.status'],
    limit: 500,
  }
}

async function rowsIn(mode: RunMode): Promise<Row[]> {
  const id = await api.createQuery(specFor(false))
  let task = await api.startQueryTask(id, mode)
  for (;;) {
    const r = await api.getQueryTaskResults(task.id)
    if (r.done) return r.rows
    await new Promise((res) => setTimeout(res, 1))
    task = await api.getQueryTask(task.id)
  }
}

beforeAll(async () => {
  fake = await apiOverFake({ queryOptions: { slowQueryMs: 3 } })
  ;({ looker, api } = fake)
  // Another Looker tab: flip ada's workspace right after Looker answers the awaited operation.
  for (const at of ['create_query', 'run_query', 'create_query_task'] as const) {
    looker.intercept(at, async (_req, next) => {
      const res = await next()
      const hit = triggers.find((t) => t.at === at)
      if (hit) {
        triggers = triggers.filter((t) => t !== hit)
        looker.setUserWorkspace('ada', hit.to)
      }
      return res
    })
  }
  await api.switchWorkspace('dev')
  expected.dev = await rowsIn('dev')
  expected.production = await rowsIn('production')
  await api.switchWorkspace('production')
  // The branch changes total_revenue, so rows tell the two kinds of models apart.
  expect(expected.dev).not.toEqual(expected.production)
})

afterAll(() => fake.cleanup())

const DEV_SQL = /orders\.sale_price - orders\.discount/

/** Checks one labelled result against the rows, the SQL and Looker's log of where it ran. */
function checkSide(side: SideResult, errors: string[], external: boolean) {
  if (side.status === 'error') {
    // Refusing the label is right only for a development side, and only if another tab switched.
    if (side.error.message === WORKSPACE_CHANGED && side.mode === 'dev' && external)
      counted.refused += 1
    else errors.push(`${side.mode} failed: ${side.error.message}`)
    return
  }
  counted.checked += 1
  if (JSON.stringify(side.rows) !== JSON.stringify(expected[side.mode]))
    errors.push(`${side.mode}-labelled rows are not ${side.mode} rows`)
  if (DEV_SQL.test(side.sql) !== (side.mode === 'dev'))
    errors.push(`${side.mode}-labelled SQL came from the other models`)
  const ran = looker.log.filter(
    (e) => e.operation === 'run_query' && e.path === `/queries/${side.queryId}/run/sql`
  )
  if (!ran.some((e) => e.queryWorkspace === side.mode))
    errors.push(`no ${side.mode} run of query ${side.queryId} in Looker's log`)
}

function check(outcome: RunState | null, errors: string[], external: boolean) {
  if (!outcome) return // superseded or cancelled: nothing shown (counted.checked proves enough ran)
  if (outcome.status === 'ran') {
    checkSide(outcome.result, errors, external)
    const runs = looker.log.filter(
      (e) =>
        e.operation === 'run_query' &&
        e.path ===
          `/queries/${outcome.result.status === 'success' ? outcome.result.queryId : '-'}/run/sql`
    )
    if (runs.some((e) => e.queryWorkspace !== outcome.result.mode))
      errors.push('a run in the current mode also ran in the other mode')
  } else if (outcome.status === 'compared') {
    if (
      outcome.comparison.production.mode !== 'production' ||
      outcome.comparison.dev.mode !== 'dev'
    )
      errors.push('comparison sides swapped')
    checkSide(outcome.comparison.production, errors, external)
    checkSide(outcome.comparison.dev, errors, external)
  } else if (outcome.status === 'error') errors.push(`operation failed: ${outcome.error.message}`)
}

test('labels always name the models a query ran on (1,000 random interleavings)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(action, { minLength: 1, maxLength: 6 }).map(oneExternal),
      async (actions) => {
        looker.setUserWorkspace('ada', 'production')
        triggers = []
        const external = actions.some((a) => a.type === 'external')
        const ref = createRef<Handles>()
        const errors: string[] = []
        let unmount = () => undefined as void
        // The actions call hooks directly (not through the DOM), so their updates need act().
        await act(async () => {
          unmount = (await renderInApp(<Probe ref={ref} />, { over: fake })).unmount
          // Wait for the session to be read, as a person waits for the bar.
          while (ref.current?.workspace.session.status !== 'success') await sleep(1)
          const pending: Array<Promise<unknown>> = []
          for (const a of actions) {
            const h = ref.current!
            if (a.type === 'switch') pending.push(h.workspace.switchWorkspace(a.to))
            else if (a.type === 'external' && a.at === 'now') looker.setUserWorkspace('ada', a.to)
            else if (a.type === 'external') triggers.push({ at: a.at, to: a.to })
            else if (a.type === 'run')
              pending.push(
                h.panels[a.panel].run(specFor(a.slow)).then((o) => check(o, errors, external))
              )
            else if (a.type === 'compare')
              pending.push(
                h.panels[a.panel]
                  .compare(specFor(a.slow), a.allowSwitch)
                  .then((o) => check(o, errors, external))
              )
            else if (a.type === 'cancel') h.panels[a.panel].cancel()
            else await sleep(a.ms)
          }
          await Promise.all(pending)
          // The bar shows what Looker says (it cannot know of a later switch in another tab), and
          // without a switch the session is as it started.
          triggers = []
          const truth = (await api.getSession()).workspaceId
          await sleep(0)
          const shown = ref.current!.workspace.session
          if (!external && (shown.status !== 'success' || shown.value.workspaceId !== truth))
            errors.push(`the bar shows ${JSON.stringify(shown)}, Looker says ${truth}`)
          if (!external && !actions.some((a) => a.type === 'switch') && truth !== 'production')
            errors.push('a comparison left the session in Development Mode')
        })
        unmount()
        expect(errors).toEqual([])
      }
    ),
    { numRuns: 1000 }
  )
  // Skipped outcomes (superseded, cancelled) prove nothing: enough labelled results must have been
  // checked, and another tab's switch must have made development sides refuse their label.
  expect(counted.checked).toBeGreaterThanOrEqual(400)
  expect(counted.refused).toBeGreaterThanOrEqual(1)
})

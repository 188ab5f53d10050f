/**
 * Property: whatever the user clicks meanwhile (switch, run, compare, cancel, in two panels), a
 * result labelled Development ran on development models and one labelled Production on
 * production models. Drives the state layer (WorkspaceProvider + useQueryRun) over the real SDK,
 * the fake host and the fake Looker, which logs the workspace each query ran in.
 */
import React, { useImperativeHandle, forwardRef, createRef } from 'react'
import { act, render } from '@testing-library/react'
import fc from 'fast-check'
import { createFakeLooker } from '../../../dev/fake-looker'
import type { FakeLooker } from '../../../dev/fake-looker/types'
import { createFakeHost } from '../../../test/fakeHost'
import { createLookerApi, type LookerApi } from '../../looker'
import type { QuerySpec, Row, RunMode } from '../../looker/queryTypes'
import { ApiProvider } from '../../state/api'
import { useWorkspace, WorkspaceProvider, type WorkspaceState } from '../../state/workspace'
import type { SideResult } from './run'
import { useQueryRun, type QueryRun, type RunState } from './useQueryRun'

jest.setTimeout(120_000)

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

type Action =
  | { type: 'switch'; to: RunMode }
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

let looker: FakeLooker
let api: LookerApi
const expected: Record<RunMode, Row[]> = { production: [], dev: [] }
let unique = 0

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
  looker = await createFakeLooker({ seed: 'demo', sessionMode: 'ui' }, { slowQueryMs: 3 })
  api = createLookerApi(createFakeHost({ looker, user: 'ada' }).sdk)
  await api.switchWorkspace('dev')
  expected.dev = await rowsIn('dev')
  expected.production = await rowsIn('production')
  await api.switchWorkspace('production')
  // The branch changes total_revenue, so rows tell the two kinds of models apart.
  expect(expected.dev).not.toEqual(expected.production)
})

afterAll(() => looker.close())

const DEV_SQL = /orders\.sale_price - orders\.discount/

/** Checks one labelled result against the rows, the SQL and Looker's log of where it ran. */
function checkSide(side: SideResult, errors: string[]) {
  if (side.status === 'error') {
    errors.push(`${side.mode} failed: ${side.error.message}`)
    return
  }
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

function check(outcome: RunState | null, errors: string[]) {
  if (!outcome) return // superseded or cancelled: nothing shown
  if (outcome.status === 'ran') {
    checkSide(outcome.result, errors)
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
    checkSide(outcome.comparison.production, errors)
    checkSide(outcome.comparison.dev, errors)
  } else if (outcome.status === 'error') errors.push(`operation failed: ${outcome.error.message}`)
}

test('labels always name the models a query ran on (1,000 random interleavings)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 6 }), async (actions) => {
      looker.setUserWorkspace('ada', 'production')
      const ref = createRef<Handles>()
      const errors: string[] = []
      let unmount = () => undefined as void
      // The actions call hooks directly (not through the DOM), so their updates need act().
      await act(async () => {
        unmount = render(
          <ApiProvider api={api}>
            <WorkspaceProvider>
              <Probe ref={ref} />
            </WorkspaceProvider>
          </ApiProvider>
        ).unmount
        // Wait for the session to be read, as a person waits for the bar.
        while (ref.current?.workspace.session.status !== 'success')
          await new Promise((r) => setTimeout(r, 1))
        const pending: Array<Promise<unknown>> = []
        for (const a of actions) {
          const h = ref.current!
          if (a.type === 'switch') pending.push(h.workspace.switchTo(a.to))
          else if (a.type === 'run')
            pending.push(h.panels[a.panel].run(specFor(a.slow)).then((o) => check(o, errors)))
          else if (a.type === 'compare')
            pending.push(
              h.panels[a.panel]
                .compare(specFor(a.slow), a.allowSwitch)
                .then((o) => check(o, errors))
            )
          else if (a.type === 'cancel') h.panels[a.panel].cancel()
          else await new Promise((r) => setTimeout(r, a.ms))
        }
        await Promise.all(pending)
        // The bar shows what Looker says, and without a switch the session is as it started.
        const truth = (await api.getSession()).workspaceId
        await new Promise((r) => setTimeout(r, 0))
        const shown = ref.current!.workspace.session
        if (shown.status !== 'success' || shown.value.workspaceId !== truth)
          errors.push(`the bar shows ${JSON.stringify(shown)}, Looker says ${truth}`)
        if (!actions.some((a) => a.type === 'switch') && truth !== 'production')
          errors.push('a comparison left the session in Development Mode')
      })
      unmount()
      expect(errors).toEqual([])
    }),
    { numRuns: 1000 }
  )
})

/**
 * Running test queries so that a result's label is the truth: the workspace is read (and, for a
 * comparison, switched) inside `exclusive`, and each task is started there, so no switch made in
 * this app can slip between reading the mode and Looker choosing the models. Development Mode is
 * the user's across Looker tabs, though, so a development side re-reads the session once its task
 * has started and refuses its label if another tab switched meanwhile (two switches that cancel
 * out in between stay invisible to a re-read: Looker reports no task's workspace). Polling happens
 * outside the lock: a task's models are fixed once it runs, so a slow query never holds up a switch.
 */
import {
  ApiError,
  missingFields,
  toApiError,
  type LookerApi,
  type QuerySpec,
  type QueryTask,
  type RenderedRow,
  type Row,
  type RunMode,
} from '../../looker'
import type { PutBack } from '../../state/putBack'
import type { LockedSession } from '../../state/workspace'
import { Cancelled, check, DEFAULT_POLL_MS, pollRows, waitWhileQueued } from './taskPolling'

export { Cancelled } from './taskPolling'

/** What running needs from the workspace state (useWorkspace) and the api (useLookerApi). */
export interface RunDeps {
  api: LookerApi
  exclusive<T>(work: (session: LockedSession) => Promise<T>): Promise<T>
  /** Waits between polls of a running task, in ms; the last one repeats. */
  pollDelaysMs?: readonly number[]
  /** Gives up on a task that has not finished after this long (default 30 minutes). */
  pollTimeoutMs?: number
  /** Switches for a comparison and puts the session back (usePutBack: intent, retries, banner). */
  putBack: PutBack
}

export interface SideSuccess {
  status: 'success'
  mode: RunMode
  queryId: string
  sql: string
  rows: Row[]
  /** The query's fields Looker ran in this mode (it drops the ones the mode lacks, silently). */
  fields: string[]
  /** The query's fields this mode lacks: Looker left them out of the SQL and the rows. */
  missing: string[]
  /** Looker's formatted text of each row's cells (json_detail `rendered`), beside the raw rows. */
  rendered: RenderedRow[]
  /** Looker's notes on the run (e.g. its Development Mode note), shown beside the rows. */
  notes: string[]
  /** Wall time from start to rows, in ms. */
  runtimeMs: number
}

export interface SideFailure {
  status: 'error'
  mode: RunMode
  error: ApiError
  /** Fields of the query that do not exist in this mode, as far as Looker's error tells. */
  missing: string[]
}

export type SideResult = SideSuccess | SideFailure

export interface Comparison {
  production: SideResult
  dev: SideResult
  /** The session was switched to Development Mode for the comparison and put back. */
  switched: boolean
  /** Every attempt to put the session back failed: it is still in Development Mode. */
  leftInDev?: boolean
}

/** A comparison from a production session when the user has not allowed a switch. */
export class NeedsDevMode extends Error {
  constructor() {
    super('Comparing production with development needs Development Mode.')
  }
}

/** The message of a development side whose session another Looker tab switched during the run. */
export const WORKSPACE_CHANGED =
  'The workspace changed during the run (Development Mode was switched, perhaps in another ' +
  'Looker tab), so the app cannot say which models this ran on. Run it again.'

interface Started {
  status: 'started'
  mode: RunMode
  queryId: string
  sql: string
  task: QueryTask
  startedAt: number
}

type Start = Started | SideFailure

function failure(mode: RunMode, e: unknown, spec: QuerySpec): SideFailure {
  const error = toApiError(e)
  return { status: 'error', mode, error, missing: missingFields(error, spec.fields) }
}

const delaysOf = (deps: RunDeps) => deps.pollDelaysMs ?? DEFAULT_POLL_MS

/**
 * Inside the lock: the SQL and a started task for one mode. A development side (its models come
 * from the session, not from a flag) then re-reads the session: if another tab left Development
 * Mode meanwhile, the side fails instead of carrying a label that may be false.
 */
async function startSide(
  deps: RunDeps,
  session: LockedSession,
  spec: QuerySpec,
  queryId: string,
  mode: RunMode,
  signal: AbortSignal
): Promise<Start> {
  const startedAt = Date.now()
  try {
    check(signal)
    const sql = await deps.api.getSql(queryId, mode)
    check(signal)
    const first = await deps.api.startQueryTask(queryId, mode)
    const task = await waitWhileQueued(deps.api, first, delaysOf(deps), signal)
    if (mode === 'dev' && !signal.aborted && (await session.readSession()).workspaceId !== mode) {
      deps.api.cancelQueryTask(task.id).catch(() => undefined)
      return failure(mode, new ApiError(WORKSPACE_CHANGED, 'unexpected'), spec)
    }
    return { status: 'started', mode, queryId, sql, task, startedAt }
  } catch (e) {
    if (e instanceof Cancelled) throw e
    return failure(mode, e, spec)
  }
}

/** Outside the lock: polls until the rows arrive; on cancel, asks Looker to stop the task. */
async function finishSide(
  deps: RunDeps,
  spec: QuerySpec,
  side: Start,
  signal: AbortSignal
): Promise<SideResult> {
  if (side.status === 'error') return side
  try {
    const done = await pollRows(deps.api, side.task, delaysOf(deps), signal, deps.pollTimeoutMs)
    const { mode, queryId, sql } = side
    const { rows, rendered, notes } = done
    // What Looker ran: the fields asked for that it kept, then a pivoted measure's column per
    // pivot key and the table calculations (`columnsFor` shows them).
    const ran = done.fields
    const fields = ran
      ? [
          ...spec.fields.filter((f) => ran.includes(f)),
          ...ran.filter((f) => !spec.fields.includes(f)),
        ]
      : spec.fields
    const missing = spec.fields.filter((f) => !fields.includes(f))
    const runtimeMs = Date.now() - side.startedAt
    const result = { mode, queryId, sql, rows, rendered, notes, fields, missing, runtimeMs }
    return { status: 'success', ...result }
  } catch (e) {
    if (e instanceof Cancelled) throw e
    return failure(side.mode, e, spec)
  }
}

/** Runs `spec` in the session's current workspace; the result is labelled with it. */
export async function runInCurrentMode(
  deps: RunDeps,
  spec: QuerySpec,
  signal: AbortSignal
): Promise<SideResult> {
  const side = await deps.exclusive(async (session) => {
    check(signal)
    const { workspaceId } = await session.readSession()
    const queryId = await deps.api.createQuery(spec)
    return startSide(deps, session, spec, queryId, workspaceId, signal)
  })
  return finishSide(deps, spec, side, signal)
}

/**
 * Runs `spec` on production models (`force_production`) and on development models from one
 * Development Mode session. From production it switches only with `allowSwitch`, and puts the
 * session back afterwards, also when something fails.
 */
export async function compareModes(
  deps: RunDeps,
  spec: QuerySpec,
  allowSwitch: boolean,
  signal: AbortSignal
): Promise<Comparison> {
  const started = await deps.exclusive(async (session) => {
    check(signal)
    const { workspaceId } = await session.readSession()
    if (workspaceId !== 'dev' && !allowSwitch) throw new NeedsDevMode()
    // A failed put-back never throws: the sides are kept and a banner stays.
    const visit = { from: workspaceId, to: 'dev' as const, by: 'comparison' }
    const { value, switched, putBack } = await deps.putBack.inWorkspace(
      session,
      visit,
      async () => {
        const queryId = await deps.api.createQuery(spec)
        // Both sides start together: the session is in Development Mode for both (production is
        // forced per request), so nothing has to happen between them.
        const [production, dev] = await bothOrCancel(deps, [
          startSide(deps, session, spec, queryId, 'production', signal),
          startSide(deps, session, spec, queryId, 'dev', signal),
        ])
        return { production, dev }
      }
    )
    return { ...value, switched, leftInDev: !putBack }
  })
  const [production, dev] = await Promise.all([
    finishSide(deps, spec, started.production, signal),
    finishSide(deps, spec, started.dev, signal),
  ])
  return { production, dev, switched: started.switched, leftInDev: started.leftInDev }
}

/**
 * Both starts, or Cancelled once both have settled: a side that started its task while the other
 * was cancelled asks Looker to stop that task, as a cancelled poll does.
 */
async function bothOrCancel(deps: RunDeps, starts: [Promise<Start>, Promise<Start>]) {
  const settled = await Promise.allSettled(starts)
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
  if (!failed)
    return settled.map((s) => (s as PromiseFulfilledResult<Start>).value) as [Start, Start]
  for (const s of settled) {
    if (s.status === 'fulfilled' && s.value.status === 'started')
      deps.api.cancelQueryTask(s.value.task.id).catch(() => undefined)
  }
  throw failed.reason
}

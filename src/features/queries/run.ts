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
  toApiError,
  type LookerApi,
  type QuerySpec,
  type QueryTask,
  type Row,
  type RunMode,
} from '../../looker'
import type { LockedSession } from '../../state/workspace'
import { missingFields } from './missingFields'
import { Cancelled, check, DEFAULT_POLL_MS, pollRows, waitWhileQueued } from './taskPolling'

export { Cancelled } from './taskPolling'

/** What running needs from the workspace state (useWorkspace) and the api (useLookerApi). */
export interface RunDeps {
  api: LookerApi
  exclusive<T>(work: (session: LockedSession) => Promise<T>): Promise<T>
  /** Waits between polls of a running task, in ms; the last one repeats. */
  pollDelaysMs?: readonly number[]
}

export interface SideSuccess {
  status: 'success'
  mode: RunMode
  queryId: string
  sql: string
  rows: Row[]
  /** Wall time from start to rows, in ms. */
  runtimeMs: number
}

export interface SideFailure {
  status: 'error'
  mode: RunMode
  error: ApiError
  /** Fields of the query that Looker's error names: they do not exist in this mode. */
  missing: string[]
}

export type SideResult = SideSuccess | SideFailure

export interface Comparison {
  production: SideResult
  dev: SideResult
  /** The session was switched to Development Mode for the comparison and put back. */
  switched: boolean
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
    const rows = await pollRows(deps.api, side.task.id, delaysOf(deps), signal)
    const { mode, queryId, sql } = side
    return { status: 'success', mode, queryId, sql, rows, runtimeMs: Date.now() - side.startedAt }
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
    const switched = workspaceId !== 'dev'
    if (switched && !allowSwitch) throw new NeedsDevMode()
    try {
      if (switched) {
        const answer = await session.switchWorkspace('dev')
        if (answer.workspaceId !== 'dev') {
          throw new ApiError('Looker kept the session in production.', 'looker')
        }
      }
      const queryId = await deps.api.createQuery(spec)
      const production = await startSide(deps, session, spec, queryId, 'production', signal)
      const dev = await startSide(deps, session, spec, queryId, 'dev', signal)
      return { production, dev, switched }
    } finally {
      if (switched) await putBack(session)
    }
  })
  const [production, dev] = await Promise.all([
    finishSide(deps, spec, started.production, signal),
    finishSide(deps, spec, started.dev, signal),
  ])
  return { production, dev, switched: started.switched }
}

async function putBack(session: LockedSession): Promise<void> {
  const now = await session.readSession()
  if (now.workspaceId !== 'production') await session.switchWorkspace('production')
}

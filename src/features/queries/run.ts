/**
 * Running test queries so that a result's label is the truth: the workspace is read (and, for a
 * comparison, switched) inside `exclusive`, and each task is started there, so no switch can slip
 * between reading the mode and Looker choosing the models. Polling happens outside the lock: a
 * task's models are fixed once it runs, so a slow query never holds up a switch.
 */
import { ApiError, toApiError } from '../../looker'
import type { LookerApi, Session } from '../../looker'
import type { QuerySpec, QueryTask, Row, RunMode } from '../../looker/queryTypes'
import { missingFields } from './missingFields'

/** What running needs from the workspace state (useWorkspace) and the api (useLookerApi). */
export interface RunDeps {
  api: LookerApi
  exclusive<T>(work: () => Promise<T>): Promise<T>
  switchInside(workspaceId: RunMode): Promise<Session>
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

/** Thrown when the user cancelled; the UI already says so. */
export class Cancelled extends Error {
  constructor() {
    super('Cancelled')
  }
}

/** A comparison from a production session when the user has not allowed a switch. */
export class NeedsDevMode extends Error {
  constructor() {
    super('Comparing production with development needs Development Mode.')
  }
}

const DEFAULT_POLL_MS = [50, 100, 200, 400, 800, 1000]

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Cancelled())
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(new Cancelled())
    }
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

function check(signal: AbortSignal) {
  if (signal.aborted) throw new Cancelled()
}

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

/**
 * Inside the lock: the SQL and a task for one mode, waiting until the task has left `added`
 * (Looker has then generated its SQL from the models of that moment).
 */
async function startSide(
  deps: RunDeps,
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
    let task = await deps.api.startQueryTask(queryId, mode)
    const delays = deps.pollDelaysMs ?? DEFAULT_POLL_MS
    for (let i = 0; task.status === 'added'; i++) {
      if (signal.aborted) break // leave the lock at once; the task is killed below
      await new Promise((r) => setTimeout(r, delays[Math.min(i, delays.length - 1)]))
      task = await deps.api.getQueryTask(task.id)
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
  const delays = deps.pollDelaysMs ?? DEFAULT_POLL_MS
  try {
    for (let i = 0; ; i++) {
      check(signal)
      const results = await deps.api.getQueryTaskResults(side.task.id)
      if (results.done) {
        const { mode, queryId, sql } = side
        return {
          status: 'success',
          mode,
          queryId,
          sql,
          rows: results.rows,
          runtimeMs: Date.now() - side.startedAt,
        }
      }
      await sleep(delays[Math.min(i, delays.length - 1)]!, signal)
    }
  } catch (e) {
    if (!(e instanceof Cancelled)) return failure(side.mode, e, spec)
    // Best effort: the user asked to stop, and the answer no longer matters to them.
    deps.api.cancelQueryTask(side.task.id).catch(() => undefined)
    throw e
  }
}

/** Runs `spec` in the session's current workspace; the result is labelled with it. */
export async function runInCurrentMode(
  deps: RunDeps,
  spec: QuerySpec,
  signal: AbortSignal
): Promise<SideResult> {
  const side = await deps.exclusive(async () => {
    check(signal)
    const { workspaceId } = await deps.api.getSession()
    const queryId = await deps.api.createQuery(spec)
    return startSide(deps, spec, queryId, workspaceId, signal)
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
  const started = await deps.exclusive(async () => {
    check(signal)
    const { workspaceId } = await deps.api.getSession()
    const switched = workspaceId !== 'dev'
    if (switched && !allowSwitch) throw new NeedsDevMode()
    try {
      if (switched) {
        const answer = await deps.switchInside('dev')
        if (answer.workspaceId !== 'dev') {
          throw new ApiError('Looker kept the session in production.', 'looker')
        }
      }
      const queryId = await deps.api.createQuery(spec)
      const production = await startSide(deps, spec, queryId, 'production', signal)
      const dev = await startSide(deps, spec, queryId, 'dev', signal)
      return { production, dev, switched }
    } finally {
      if (switched) await putBack(deps)
    }
  })
  const [production, dev] = await Promise.all([
    finishSide(deps, spec, started.production, signal),
    finishSide(deps, spec, started.dev, signal),
  ])
  return { production, dev, switched: started.switched }
}

async function putBack(deps: RunDeps): Promise<void> {
  const session = await deps.api.getSession()
  if (session.workspaceId !== 'production') await deps.switchInside('production')
}

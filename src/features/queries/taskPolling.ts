/** Waiting on a Looker query task: polls with growing delays, and a Cancel that stops at once. */
import { ApiError, isFinished, toApiError } from '../../looker'
import type { LookerApi, QueryTask, ResultRows } from '../../looker'
import { Cancelled, check, sleep } from '../../shared/abort'

export { Cancelled, check }

export const DEFAULT_POLL_MS: readonly number[] = [50, 100, 200, 400, 800, 1000]

/** The i-th wait of a poll loop: the last delay repeats. */
export function delayAt(delays: readonly number[], i: number): number {
  return delays[Math.min(i, delays.length - 1)] ?? 0
}

/** Polls give up after this long without a finished task (a status Looker never ends, say). */
export const DEFAULT_POLL_TIMEOUT_MS = 30 * 60_000

/**
 * Polls until the task has left `added` (Looker has then generated its SQL from the models of that
 * moment). On cancel it returns at once, so the caller can leave the lock; it never throws Cancelled.
 */
export async function waitWhileQueued(
  api: LookerApi,
  task: QueryTask,
  delays: readonly number[],
  signal: AbortSignal
): Promise<QueryTask> {
  try {
    for (let i = 0; task.status === 'added'; i++) {
      await sleep(delayAt(delays, i), signal)
      task = { ...task, status: (await api.getQueryTask(task.id)).status }
    }
  } catch (e) {
    if (!(e instanceof Cancelled)) throw e
  }
  return task
}

/** What a finished task's statuses other than `complete` say when Looker gives no message. */
const ENDED: Record<string, string> = {
  killed: 'Looker stopped the query (its task was killed).',
  expired: 'Looker reports the query task as expired: its results are gone. Run it again.',
}

/**
 * How many more polls an `expired` gets before it is believed. Looker has reported a task seconds
 * old as `expired` once, then its real outcome (docs/looker-api-behaviour.md "Transient expired"):
 * a task this run started cannot have outlived its results yet.
 */
export const EXPIRED_RECHECKS = 3

/**
 * Polls `query_task` until its status is final, then fetches the results once (retrying only if
 * they are not ready yet): 204 and 202 with any body mean "not yet", unknown statuses keep polling
 * until `timeoutMs`. An `expired` is polled again up to EXPIRED_RECHECKS times, with the same
 * waits, before it is believed. `error`, `killed` and `expired` end with Looker's message (an
 * `error` whose results are rows and notes is a result). On cancel, asks Looker to stop the task
 * and throws Cancelled; the waits between polls end at once on cancel.
 */
export async function pollRows(
  api: LookerApi,
  task: QueryTask,
  delays: readonly number[],
  signal: AbortSignal,
  timeoutMs: number = DEFAULT_POLL_TIMEOUT_MS
): Promise<TaskRows> {
  const deadline = Date.now() + timeoutMs
  const taskId = task.id
  let status = task.status
  // Looker's last word, kept for the time-out message while an `expired` is being rechecked.
  let said = status
  let rechecks = 0
  try {
    for (let i = 0; ; i++) {
      check(signal)
      if (!isFinished(status)) said = status = (await api.getQueryTask(taskId)).status
      if (status === 'expired' && rechecks < EXPIRED_RECHECKS) {
        rechecks++
        status = ''
      } else if (isFinished(status)) {
        const results = await resultsOf(api, taskId, status)
        if (results) return results
      }
      if (Date.now() > deadline) throw timedOut(api, taskId, said, timeoutMs)
      await sleep(delayAt(delays, i), signal)
    }
  } catch (e) {
    // Best effort: the user asked to stop, and the answer no longer matters to them.
    if (e instanceof Cancelled) api.cancelQueryTask(taskId).catch(() => undefined)
    throw e
  }
}

/** A finished task's rows, the fields Looker ran, and its notes (fatal: false), if any. */
export type TaskRows = ResultRows & { fields: string[] | null; notes: string[] }

/**
 * The results of a finished task, null while not ready; a task that did not complete throws (an
 * `expired` that lasted through the rechecks is believed, whatever the results say).
 */
async function resultsOf(api: LookerApi, taskId: string, status: string): Promise<TaskRows | null> {
  let results
  try {
    results = await api.getQueryTaskResults(taskId)
  } catch (e) {
    // A killed or expired task has no results left (Looker: 404): say what happened instead.
    const error = toApiError(e)
    if (ENDED[status] && error.status === 404) throw new ApiError(ENDED[status], 'looker')
    throw error
  }
  if (results.done) {
    if (status !== 'complete' && ENDED[status]) throw new ApiError(ENDED[status], 'looker')
    const { rows, rendered, fields, notes } = results
    return { rows, rendered, fields, notes }
  }
  if (status === 'complete') return null
  throw new ApiError(ENDED[status] ?? `Looker reports the query task as "${status}".`, 'looker')
}

function timedOut(api: LookerApi, taskId: string, status: string, timeoutMs: number): ApiError {
  api.cancelQueryTask(taskId).catch(() => undefined)
  const within =
    timeoutMs >= 60_000 ? `${Math.round(timeoutMs / 60_000)} minutes` : `${timeoutMs / 1000} s`
  return new ApiError(
    `The query did not finish within ${within} (Looker last reported "${status}"). Looker was asked to stop it.`,
    'looker'
  )
}

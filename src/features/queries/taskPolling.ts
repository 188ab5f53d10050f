/** Waiting on a Looker query task: polls with growing delays, and a Cancel that stops at once. */
import type { LookerApi, QueryTask, Row } from '../../looker'

/** Thrown when the user cancelled; the UI already says so. */
export class Cancelled extends Error {
  constructor() {
    super('Cancelled')
  }
}

export const DEFAULT_POLL_MS: readonly number[] = [50, 100, 200, 400, 800, 1000]

/** The i-th wait of a poll loop: the last delay repeats. */
export function delayAt(delays: readonly number[], i: number): number {
  return delays[Math.min(i, delays.length - 1)] ?? 0
}

export function check(signal: AbortSignal) {
  if (signal.aborted) throw new Cancelled()
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
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
      task = await api.getQueryTask(task.id)
    }
  } catch (e) {
    if (!(e instanceof Cancelled)) throw e
  }
  return task
}

/** Polls until the rows arrive; on cancel, asks Looker to stop the task and throws Cancelled. */
export async function pollRows(
  api: LookerApi,
  taskId: string,
  delays: readonly number[],
  signal: AbortSignal
): Promise<Row[]> {
  try {
    for (let i = 0; ; i++) {
      check(signal)
      const results = await api.getQueryTaskResults(taskId)
      if (results.done) return results.rows
      await sleep(delayAt(delays, i), signal)
    }
  } catch (e) {
    // Best effort: the user asked to stop, and the answer no longer matters to them.
    if (e instanceof Cancelled) api.cancelQueryTask(taskId).catch(() => undefined)
    throw e
  }
}

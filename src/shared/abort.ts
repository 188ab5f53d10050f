/** Stopping work the person no longer waits for: one error type for every "stopped" path. */

/** Thrown when the person stopped waiting (Cancel, Stop waiting, a newer click): the UI says so. */
export class Cancelled extends Error {
  constructor() {
    super('Cancelled')
  }
}

/** Throws Cancelled once `signal` has aborted. */
export function check(signal: AbortSignal) {
  if (signal.aborted) throw new Cancelled()
}

/**
 * Resolves like `work`, or rejects with Cancelled as soon as `signal` aborts. The work itself goes
 * on (Looker cannot be asked to forget a request): only the waiting stops.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Cancelled())
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Cancelled())
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/**
 * Waits `ms`; with a `signal`, rejects with Cancelled as soon as it aborts (the one sleep of the
 * app: retries, re-reads, put-backs and polls all wait through it).
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Cancelled())
    const onAbort = () => {
      clearTimeout(timer)
      reject(new Cancelled())
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

import { ApiError, toApiError } from './ApiError'
import { sleep } from '../shared/abort'

/** Runs one Looker call and turns any failure into an ApiError. */
export async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (e) {
    throw toApiError(e)
  }
}

/** Waits before each retry of a read: at most 3 retries, growing. */
export const READ_RETRY_DELAYS_MS: readonly number[] = [500, 1000, 2000]

/**
 * Worth another try: Looker's rate limit (429) and "unavailable" (503), which the SDK's own
 * transport also treats as retryable, and a dropped connection. A host timeout is not retried:
 * it already waited minutes.
 */
function retryable(e: ApiError): boolean {
  if (e.status === 429 || e.status === 503) return true
  return e.kind === 'network' && !/timeout/i.test(e.message)
}

/**
 * A read: like `call`, retried at most `delaysMs.length` times on a retryable failure. Writes
 * never go through here (a retried write could apply twice). Through the extension host the app
 * sees Looker's error body but not its headers, so a `Retry-After` cannot be read: 429 waits at
 * least one second, then longer each time.
 */
export async function read<T>(
  run: () => Promise<T>,
  delaysMs: readonly number[] = READ_RETRY_DELAYS_MS,
  wait: (ms: number) => Promise<void> = sleep
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call(run)
    } catch (e) {
      const error = toApiError(e)
      if (attempt >= delaysMs.length || !retryable(error)) throw error
      const floor = error.status === 429 ? 1000 : 0
      await wait(Math.max(delaysMs[attempt] ?? 0, floor))
    }
  }
}

/**
 * Per-operation test hooks: a test wraps Looker's answer to one operation (SDK method name)
 * instead of replacing `handle`. Every hook sees the request and calls `next()` for Looker's own
 * answer (the request is logged by then), so hooks compose and the rest of the fake is untouched.
 */
import type { FakeRequest, FakeResponse, FaultSpec } from './types'

/** Wraps Looker's answer to one request; `next()` runs the rest of the chain and Looker. */
export type Interceptor = (
  req: FakeRequest,
  next: () => Promise<FakeResponse>
) => Promise<FakeResponse>

/** Requests held by `hold(operation)` until `release()`. */
export interface Held {
  /** Lets every held request (and every later one) through. */
  release(): void
  /** How many requests are waiting now. */
  readonly waiting: number
}

/** The operation name of a hook around every request (an observer: in-flight counts, a log). */
export const ANY_OPERATION = '*'

export class Hooks {
  private readonly byOperation = new Map<string, Interceptor[]>()

  /** Adds a hook for `operation`; the returned function removes it. Later hooks run outermost. */
  intercept(operation: string, hook: Interceptor): () => void {
    const list = this.byOperation.get(operation) ?? []
    list.push(hook)
    this.byOperation.set(operation, list)
    return () => {
      const at = list.indexOf(hook)
      if (at >= 0) list.splice(at, 1)
    }
  }

  /** Runs the hooks of `operation` (if any), then those of every operation, around `answer`. */
  run(operation: string | null, req: FakeRequest, answer: () => Promise<FakeResponse>) {
    const list = [
      ...((operation && this.byOperation.get(operation)) || []),
      ...(this.byOperation.get(ANY_OPERATION) ?? []),
    ]
    if (!list.length) return answer()
    const chain = list.reduce<() => Promise<FakeResponse>>(
      (next, hook) => () => hook(req, next),
      answer
    )
    return chain()
  }

  /** Holds every request for `operation` until `release()` (a slow Looker, a pending write). */
  hold(operation: string): Held {
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    let waiting = 0
    this.intercept(operation, async (_req, next) => {
      waiting++
      await released
      waiting--
      return next()
    })
    return {
      release,
      get waiting() {
        return waiting
      },
    }
  }

  /** Answers `operation` with 200 and `body` instead of Looker (an unexpected payload). */
  answer(operation: string, body: unknown): () => void {
    const contentType = typeof body === 'string' ? 'text/plain' : 'application/json'
    return this.intercept(operation, async () => ({ status: 200, contentType, body }))
  }
}

/** The fault that makes `operation` fail with Looker's error body (`fail(...)`). */
export function failure(
  operation: string,
  status: number,
  message?: string,
  times?: number
): FaultSpec {
  return { operation, status, message, times }
}

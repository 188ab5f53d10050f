/**
 * One hook for every write (and every long operation started by a click): pending, Looker's error,
 * success; the latest click wins; Stop waiting; nothing updates after unmount; a host timeout is
 * not a failure (Looker may still apply the write), so what Looker reports is read again.
 *
 * In-house rather than TanStack Query v4: the bundle is over its size budget and Query would add
 * about 12 KiB gzip for what is one hook here; reads keyed by the workspace stay on useAsync.
 */
import React, {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { ApiError, isTimedOut, toApiError } from '../looker'
import { DEPLOY_SETTLE_MS, REREAD_AFTER_TIMEOUT_MS } from '../config'
import { Cancelled, sleep, untilAborted } from './abort'

export type ActionState<T, A extends unknown[] = [], P = never> =
  | { status: 'idle' }
  /** `progress`: what the work last reported (e.g. results so far), null before. */
  | { status: 'pending'; args: A; since: number; progress: P | null }
  | { status: 'success'; args: A; value: T }
  | { status: 'error'; args: A; error: ApiError }
  /**
   * The host gave up waiting for Looker (or, with `unknownWhen`, the answer was otherwise lost):
   * not a failure, Looker may still apply it. `applied`: true once a re-read shows it applied,
   * null while that is unknown.
   */
  | { status: 'timedOut'; args: A; error: ApiError; applied: true | null }
  /** The person stopped waiting; Looker may still apply it. */
  | { status: 'stopped'; args: A }

/**
 * What `run` resolves with once the work settles; null when superseded by a newer click, stopped
 * or unmounted (the state changed at once then).
 */
export type ActionOutcome<T> =
  { ok: true; value: T } | { ok: false; error: ApiError; timedOut: boolean }

export interface ActionContext<P> {
  /** Aborts on Stop waiting, on a newer click and on unmount. */
  signal: AbortSignal
  /** Shows partial results or progress while pending (ignored once the run is stale). */
  progress(p: P): void
  /**
   * Waits for `request` unless the person stops waiting (then rejects with Cancelled at once, so a
   * lock around it is released); if they did, what Looker reports is read again once it settles.
   */
  follow<R>(request: Promise<R>): Promise<R>
}

export interface ActionOptions<A extends unknown[]> {
  /**
   * Reads again what the write changes (the session, the branch list), so the screen shows what
   * Looker reports after a timeout or Stop waiting; resolves true when that shows it applied.
   */
  reread?(...args: A): Promise<boolean | void>
  /** A click while pending is ignored instead of replacing the pending run (a switch). */
  ignoreWhilePending?: boolean
  /**
   * Failures that do not say whether Looker applied the write (state 'timedOut': Looker may still
   * apply it); a host timeout by default. The deploy adds dropped connections and 5xx answers.
   */
  unknownWhen?(error: ApiError): boolean
}

export interface Action<T, A extends unknown[] = [], P = never> {
  state: ActionState<T, A, P>
  run(...args: A): Promise<ActionOutcome<T> | null>
  /** Stops waiting: the state becomes 'stopped' and what Looker reports is read again. */
  stop(): void
  /** Back to idle (e.g. when the page's subject changes); a pending run is stopped. */
  reset(): void
  /** Reads again now (the "Check again" of a timed-out write). */
  recheck(): void
}

export interface ActionSettingsValue {
  rereadDelaysMs: readonly number[]
  /** How long a deploy whose answer was lost is given to apply (DEPLOY_SETTLE_MS). */
  settleMs: number
}

const ActionSettings = createContext<ActionSettingsValue>({
  rereadDelaysMs: REREAD_AFTER_TIMEOUT_MS,
  settleMs: DEPLOY_SETTLE_MS,
})

/** Tests shorten the waits between re-reads after a timeout, and the deploy's settling time. */
export function ActionSettingsProvider(props: {
  rereadDelaysMs?: readonly number[]
  settleMs?: number
  children: ReactNode
}) {
  const { rereadDelaysMs = REREAD_AFTER_TIMEOUT_MS, settleMs = DEPLOY_SETTLE_MS, children } = props
  const value = useMemo(() => ({ rereadDelaysMs, settleMs }), [rereadDelaysMs, settleMs])
  return React.createElement(ActionSettings.Provider, { value }, children)
}

export function useActionSettings(): ActionSettingsValue {
  return useContext(ActionSettings)
}

const IDLE = { status: 'idle' } as const

export function useAction<T, A extends unknown[] = [], P = never>(
  work: (ctx: ActionContext<P>, ...args: A) => Promise<T>,
  options: ActionOptions<A> = {}
): Action<T, A, P> {
  const { rereadDelaysMs } = useContext(ActionSettings)
  const [state, setState] = useState<ActionState<T, A, P>>(IDLE)
  const current = useRef<{ id: number; abort: AbortController; args: A } | null>(null)
  const newest = useRef(0)
  const mounted = useRef(true)
  const latest = useRef({ work, options, rereadDelaysMs })
  latest.current = { work, options, rereadDelaysMs }

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      current.current?.abort.abort()
      current.current = null
    }
  }, [])

  /** Still the newest run, and mounted: its answers may be shown. */
  const isNewest = (id: number) => mounted.current && newest.current === id

  const reread = useCallback(async (id: number, args: A) => {
    const again = latest.current.options.reread
    if (!again || !isNewest(id)) return false
    return (await again(...args).catch(() => false)) === true
  }, [])

  /** After a timeout: re-read now and after each wait until Looker shows the write applied. */
  const followUp = useCallback(
    async (id: number, args: A) => {
      const delays = latest.current.rereadDelaysMs
      for (let i = 0; isNewest(id); i++) {
        if (await reread(id, args)) {
          if (isNewest(id)) setState((s) => (s.status === 'timedOut' ? { ...s, applied: true } : s))
          return
        }
        if (i >= delays.length) return
        await sleep(delays[i] ?? 0)
      }
    },
    [reread]
  )

  const run = useCallback(
    async (...args: A): Promise<ActionOutcome<T> | null> => {
      if (latest.current.options.ignoreWhilePending && current.current) return null
      current.current?.abort.abort()
      const op = { id: ++newest.current, abort: new AbortController(), args }
      current.current = op
      const since = Date.now()
      const live = () => isNewest(op.id) && !op.abort.signal.aborted
      setState({ status: 'pending', args, since, progress: null })
      // Only while this run is the pending one: once it settled (or was stopped, replaced,
      // unmounted) its state is final, and a late report must not show it pending again.
      const progress = (p: P) => {
        if (current.current === op) setState({ status: 'pending', args, since, progress: p })
      }
      const follow = <R>(request: Promise<R>) => {
        const settled = () => {
          if (op.abort.signal.aborted) void reread(op.id, args)
        }
        request.then(settled, settled)
        return untilAborted(request, op.abort.signal)
      }
      const running = latest.current.work({ signal: op.abort.signal, progress, follow }, ...args)
      try {
        // Resolves when the work settles (a stopped run's clean-up included); the screen has
        // already moved on if the person stopped waiting.
        const value = await running
        if (!live()) return null
        current.current = null
        setState({ status: 'success', args, value })
        return { ok: true, value }
      } catch (e) {
        if (!live() || e instanceof Cancelled) return null
        current.current = null
        const error = toApiError(e)
        const timedOut = (latest.current.options.unknownWhen ?? isTimedOut)(error)
        setState(
          timedOut
            ? { status: 'timedOut', args, error, applied: null }
            : { status: 'error', args, error }
        )
        if (timedOut) void followUp(op.id, args)
        return { ok: false, error, timedOut }
      }
    },
    [followUp, reread]
  )

  const stop = useCallback(() => {
    const op = current.current
    if (!op) return
    current.current = null
    op.abort.abort()
    setState({ status: 'stopped', args: op.args })
    void reread(op.id, op.args)
  }, [reread])

  const reset = useCallback(() => {
    current.current?.abort.abort()
    current.current = null
    newest.current++
    if (mounted.current) setState(IDLE)
  }, [])

  const shown = useRef(state)
  shown.current = state
  const recheck = useCallback(() => {
    const s = shown.current
    if (s.status !== 'timedOut' && s.status !== 'stopped') return
    const id = newest.current
    void reread(id, s.args).then((applied) => {
      if (applied && isNewest(id))
        setState((t) => (t.status === 'timedOut' ? { ...t, applied: true } : t))
    })
  }, [reread])

  // The same object until the state changes: providers pass it down in their context value.
  return useMemo(() => ({ state, run, stop, reset, recheck }), [state, run, stop, reset, recheck])
}

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { ApiError, toApiError } from '../looker'

/** The state of one async read: every region that shows one renders all three cases. */
export type Async<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'success'; value: T }

export const loading: Async<never> = { status: 'loading' }

/** A ref that is true while the component is mounted: guards state updates after awaits. */
function useMounted(): { readonly current: boolean } {
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])
  return mounted
}

/** {@link useRefreshable}'s answer. */
export interface Refreshable<T> {
  state: Async<T>
  /** Shows the spinner and loads again (Retry). */
  reload(): void
  /**
   * Loads again keeping the current value on screen until the answer lands, and resolves then
   * (e.g. re-reading a list after a change made from it), with the value read (null if it failed
   * or a newer read replaced it).
   */
  refresh(): Promise<T | null>
}

/**
 * Runs `load` now and whenever `key` changes (e.g. the workspace it depends on), dropping answers
 * that arrive after a newer request or after unmount. `reload` runs it again.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): [Async<T>, () => void] {
  const { state, reload } = useRefreshable(load, key)
  return [state, reload]
}

/** {@link useAsync}, plus `refresh`: load again without hiding the current value. */
export function useRefreshable<T>(load: () => Promise<T>, key: string): Refreshable<T> {
  const [state, setState] = useState<Async<T>>(loading)
  const [attempt, setAttempt] = useState(0)
  const loadRef = useRef(load)
  loadRef.current = load
  const latest = useRef(0)
  const mounted = useMounted()

  const refresh = useCallback(async () => {
    const id = ++latest.current
    const landed = () => mounted.current && id === latest.current
    try {
      const value = await loadRef.current()
      if (!landed()) return null
      setState({ status: 'success', value })
      return value
    } catch (e) {
      if (landed()) setState({ status: 'error', error: toApiError(e) })
      return null
    }
  }, [mounted])

  // A layout effect: the request leaves before the browser paints what was just rendered (on
  // start, the session read goes out before the first screen is painted, not after).
  useLayoutEffect(() => {
    setState(loading)
    void refresh()
  }, [key, attempt, refresh])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { state, reload, refresh }
}

import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, toApiError } from '../looker'

/** The state of one async read: every region that shows one renders all three cases. */
export type Async<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'success'; value: T }

export const loading: Async<never> = { status: 'loading' }

/**
 * Runs `load` now and whenever `key` changes (e.g. the workspace it depends on), dropping answers
 * that arrive after a newer request. `reload` runs it again.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): [Async<T>, () => void] {
  const [state, setState] = useState<Async<T>>(loading)
  const [attempt, setAttempt] = useState(0)
  const loadRef = useRef(load)
  loadRef.current = load

  useEffect(() => {
    let current = true
    setState(loading)
    loadRef.current().then(
      (value) => current && setState({ status: 'success', value }),
      (e: unknown) => current && setState({ status: 'error', error: toApiError(e) })
    )
    return () => {
      current = false
    }
  }, [key, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return [state, reload]
}

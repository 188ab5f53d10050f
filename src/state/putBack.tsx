/**
 * Putting the session back to production after a comparison switched it to Development Mode.
 * This is a compensating action (the one write the app retries by itself): the intent is recorded
 * in the extension's local storage before switching, the put-back is retried with backoff, and if
 * it still fails the session stays flagged until the user puts it back. On the next load an intent
 * still open while the session is in Development Mode is flagged the same way.
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
import { ApiError, toApiError } from '../looker'
import { PUT_BACK_DELAYS_MS } from '../config'
import { useHost } from './host'
import { LockedSession, useWorkspace } from './workspace'

const KEY = 'workspace-switcher:comparison-put-back'

/** Why the session is flagged: this page's put-back failed, or an earlier page did not finish. */
export type LeftInDev = 'failed' | 'interrupted'

export interface PutBackState {
  /** Non-null while the session is in Development Mode because of a comparison. */
  leftInDev: LeftInDev | null
  /** The last failure of the banner's button. */
  error: ApiError | null
  busy: boolean
  /** Records the intent before a comparison switches to Development Mode. */
  begin(): Promise<void>
  /** Inside the lock, after the comparison: puts production back, retrying; false if it failed. */
  finish(session: LockedSession): Promise<boolean>
  /** The banner's button: switches back to production now. */
  putBackNow(): Promise<void>
}

const PutBackContext = createContext<PutBackState | null>(null)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function PutBackProvider({
  children,
  delaysMs = PUT_BACK_DELAYS_MS,
}: {
  children: ReactNode
  /** Waits between put-back attempts (one attempt more than delays). */
  delaysMs?: readonly number[]
}) {
  const host = useHost()
  const { session, exclusive } = useWorkspace()
  const [leftInDev, setLeftInDev] = useState<LeftInDev | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const checked = useRef(false)

  // Storage is best effort: the comparison must not fail because the host could not store a flag.
  const record = useCallback(
    (open: boolean) =>
      host
        .setItem(KEY, open ? JSON.stringify({ since: new Date().toISOString() }) : '')
        .catch(() => undefined),
    [host]
  )

  const workspaceId = session.status === 'success' ? session.value.workspaceId : null
  useEffect(() => {
    if (!workspaceId) return
    if (workspaceId === 'production') {
      // Back in production (the bar, another tab, or the button): nothing is left behind.
      setLeftInDev((was) => {
        if (was) void record(false)
        return null
      })
    }
    if (checked.current) return
    checked.current = true
    void host
      .getItem(KEY)
      .catch(() => null)
      .then((value) => {
        if (!value) return
        if (workspaceId === 'dev') setLeftInDev((was) => was ?? 'interrupted')
        else void record(false)
      })
  }, [workspaceId, host, record])

  const begin = useCallback(() => record(true), [record])

  const finish = useCallback(
    async (locked: LockedSession) => {
      for (let attempt = 0; ; attempt++) {
        try {
          const now = await locked.readSession()
          if (now.workspaceId === 'production') break
          if ((await locked.switchTo('production')).workspaceId === 'production') break
        } catch {
          // Retried below; Looker may also have applied it after all (the next read says so).
        }
        if (attempt >= delaysMs.length) {
          setLeftInDev('failed')
          return false
        }
        await sleep(delaysMs[attempt] ?? 0)
      }
      await record(false)
      return true
    },
    [delaysMs, record]
  )

  const putBackNow = useCallback(async () => {
    setBusy(true)
    setError(null)
    try {
      const answer = await exclusive((locked) => locked.switchTo('production'))
      if (answer.workspaceId !== 'production') {
        throw new ApiError('Looker kept the session in Development Mode.', 'looker')
      }
      await record(false)
      setLeftInDev(null)
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }, [exclusive, record])

  const value = useMemo(
    () => ({ leftInDev, error, busy, begin, finish, putBackNow }),
    [leftInDev, error, busy, begin, finish, putBackNow]
  )
  return <PutBackContext.Provider value={value}>{children}</PutBackContext.Provider>
}

export function usePutBack(): PutBackState {
  const state = useContext(PutBackContext)
  if (!state) throw new Error('usePutBack must be used inside <PutBackProvider>')
  return state
}

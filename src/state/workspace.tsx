import React, {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
} from 'react'
import { ApiError, CurrentUser, Session, toApiError, WorkspaceId } from '../looker'
import { Async, useAsync } from '../shared/async'
import { useLookerApi } from './api'
import { Mutex } from 'async-mutex'

interface SwitchState {
  pending: WorkspaceId | null
  error: ApiError | null
}

export interface WorkspaceState {
  /** The session as Looker last reported it; read on load, never assumed. */
  session: Async<Session>
  user: Async<CurrentUser>
  switching: WorkspaceId | null
  switchError: ApiError | null
  /** Asks Looker to switch; ignored while a switch is pending. */
  switchTo(workspaceId: WorkspaceId): Promise<void>
  /**
   * Runs `work` while nothing else can change the session's workspace: switches and every read
   * whose meaning depends on the workspace (a query labelled with the mode it ran in) queue here.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>
  /**
   * Only inside `exclusive` (the lock is held, so it does not queue): switches the session, shows
   * Looker's answer in the bar, and resolves with it; a refusal re-reads the session and throws.
   */
  switchInside(workspaceId: WorkspaceId): Promise<Session>
  reload(): void
}

const WorkspaceContext = createContext<WorkspaceState | null>(null)

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const api = useLookerApi()
  const [loaded, reloadSession] = useAsync(() => api.getSession(), 'session')
  const [user, reloadUser] = useAsync(() => api.getCurrentUser(), 'user')
  // Looker's answer to the last switch (or re-read after a refusal) replaces the loaded session.
  const [answered, setAnswered] = useState<Async<Session> | null>(null)
  const [sw, setSw] = useState<SwitchState>({ pending: null, error: null })
  const pending = useRef(false)
  const [lock] = useState(() => new Mutex())

  const switchTo = useCallback(
    async (workspaceId: WorkspaceId) => {
      if (pending.current) return
      pending.current = true
      setSw({ pending: workspaceId, error: null })
      let error: ApiError | null = null
      try {
        await lock.runExclusive(async () => {
          try {
            setAnswered({ status: 'success', value: await api.switchWorkspace(workspaceId) })
          } catch (e) {
            error = toApiError(e)
            // A refusal leaves the session where Looker says it is: ask Looker again.
            try {
              setAnswered({ status: 'success', value: await api.getSession() })
            } catch (again) {
              setAnswered({ status: 'error', error: toApiError(again) })
            }
          }
        })
      } finally {
        pending.current = false
        setSw({ pending: null, error })
      }
    },
    [api, lock]
  )

  const exclusive = useCallback(<T,>(work: () => Promise<T>) => lock.runExclusive(work), [lock])

  const switchInside = useCallback(
    async (workspaceId: WorkspaceId) => {
      setSw({ pending: workspaceId, error: null })
      try {
        const session = await api.switchWorkspace(workspaceId)
        setAnswered({ status: 'success', value: session })
        setSw({ pending: null, error: null })
        return session
      } catch (e) {
        const error = toApiError(e)
        setSw({ pending: null, error })
        try {
          setAnswered({ status: 'success', value: await api.getSession() })
        } catch (again) {
          setAnswered({ status: 'error', error: toApiError(again) })
        }
        throw error
      }
    },
    [api]
  )

  const reload = useCallback(() => {
    setAnswered(null)
    setSw({ pending: null, error: null })
    reloadSession()
    reloadUser()
  }, [reloadSession, reloadUser])

  const value = useMemo<WorkspaceState>(
    () => ({
      session: answered ?? loaded,
      user,
      switching: sw.pending,
      switchError: sw.error,
      switchTo,
      exclusive,
      switchInside,
      reload,
    }),
    [answered, loaded, user, sw, switchTo, exclusive, switchInside, reload]
  )
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>
}

export function useWorkspace(): WorkspaceState {
  const state = useContext(WorkspaceContext)
  if (!state) throw new Error('useWorkspace must be used inside <WorkspaceProvider>')
  return state
}

/** The workspace reads depend on: null until Looker has said, so nothing loads under a guess. */
export function useWorkspaceId(): WorkspaceId | null {
  const { session, switching } = useWorkspace()
  return session.status === 'success' && !switching ? session.value.workspaceId : null
}

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

/** The user's switch from the bar: queued behind the lock until it runs, then Looker's answer. */
interface UserSwitch {
  pending: WorkspaceId | null
  error: ApiError | null
}

/**
 * What `exclusive` hands its work while the lock is held (so these do not queue). Only valid until
 * the work settles: a call after that throws, so the capability cannot leak out of the lock.
 */
export interface LockedSession {
  /**
   * Switches the session, shows Looker's answer in the bar, and resolves with it; a refusal
   * re-reads the session and throws.
   */
  switchWorkspace(workspaceId: WorkspaceId): Promise<Session>
  /** Reads the session again and shows Looker's answer in the bar (another tab may have switched). */
  readSession(): Promise<Session>
}

export interface WorkspaceState {
  /** The session as Looker last reported it; read on load, never assumed. */
  session: Async<Session>
  user: Async<CurrentUser>
  /** The workspace a switch is heading for (the user's, even while it waits for the lock). */
  switching: WorkspaceId | null
  switchError: ApiError | null
  /** Asks Looker to switch; ignored while a switch is pending. */
  switchWorkspace(workspaceId: WorkspaceId): Promise<void>
  /**
   * Runs `work` while nothing else can change the session's workspace: switches and every read
   * whose meaning depends on the workspace (a query labelled with the mode it ran in) queue here.
   */
  exclusive<T>(work: (session: LockedSession) => Promise<T>): Promise<T>
  reload(): void
}

const WorkspaceContext = createContext<WorkspaceState | null>(null)

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const api = useLookerApi()
  const [loaded, reloadSession] = useAsync(() => api.getSession(), 'session')
  const [user, reloadUser] = useAsync(() => api.getCurrentUser(), 'user')
  // Looker's answer to the last switch (or re-read after a refusal) replaces the loaded session.
  const [answered, setAnswered] = useState<Async<Session> | null>(null)
  // Kept apart: a switch made inside the lock (a comparison) must not clear a queued user switch.
  const [userSwitch, setUserSwitch] = useState<UserSwitch>({ pending: null, error: null })
  const [inside, setInside] = useState<WorkspaceId | null>(null)
  const pending = useRef(false)
  const [lock] = useState(() => new Mutex())

  const readSession = useCallback(async () => {
    try {
      const session = await api.getSession()
      setAnswered({ status: 'success', value: session })
      return session
    } catch (e) {
      setAnswered({ status: 'error', error: toApiError(e) })
      throw e
    }
  }, [api])

  /** Switches with the lock held; a refusal leaves the session where Looker says it is. */
  const switchLocked = useCallback(
    async (workspaceId: WorkspaceId) => {
      try {
        const session = await api.switchWorkspace(workspaceId)
        setAnswered({ status: 'success', value: session })
        return session
      } catch (e) {
        await readSession().catch(() => undefined)
        throw toApiError(e)
      }
    },
    [api, readSession]
  )

  const switchWorkspace = useCallback(
    async (workspaceId: WorkspaceId) => {
      if (pending.current) return
      pending.current = true
      setUserSwitch({ pending: workspaceId, error: null })
      let error: ApiError | null = null
      try {
        await lock.runExclusive(() => switchLocked(workspaceId))
      } catch (e) {
        error = toApiError(e)
      } finally {
        pending.current = false
        setUserSwitch({ pending: null, error })
      }
    },
    [lock, switchLocked]
  )

  const exclusive = useCallback(
    <T,>(work: (session: LockedSession) => Promise<T>) =>
      lock.runExclusive(async () => {
        let held = true
        const guard = () => {
          if (!held) throw new Error('The session lock was released: use exclusive() again.')
        }
        const locked: LockedSession = {
          switchWorkspace: async (workspaceId) => {
            guard()
            setInside(workspaceId)
            try {
              return await switchLocked(workspaceId)
            } finally {
              setInside(null)
            }
          },
          readSession: async () => {
            guard()
            return readSession()
          },
        }
        try {
          return await work(locked)
        } finally {
          held = false
        }
      }),
    [lock, readSession, switchLocked]
  )

  const reload = useCallback(() => {
    setAnswered(null)
    setUserSwitch({ pending: null, error: null })
    reloadSession()
    reloadUser()
  }, [reloadSession, reloadUser])

  const value = useMemo<WorkspaceState>(
    () => ({
      session: answered ?? loaded,
      user,
      switching: userSwitch.pending ?? inside,
      switchError: userSwitch.error,
      switchWorkspace,
      exclusive,
      reload,
    }),
    [answered, loaded, user, userSwitch, inside, switchWorkspace, exclusive, reload]
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

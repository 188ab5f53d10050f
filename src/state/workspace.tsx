import React, {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
} from 'react'
import { CurrentUser, Session, toApiError, WorkspaceId } from '../looker'
import { check } from '../shared/abort'
import { Async, useAsync } from '../shared/async'
import { type Action, useAction } from '../shared/useAction'
import { useLookerApi } from './api'
import { Mutex } from 'async-mutex'

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
  /**
   * Marks a visit (the visit) or its end (null): meanwhile reads stay in the workspace the visit
   * comes back to, and writes say why they are unavailable. Ends with the lock at the latest.
   */
  visiting(visit: Visit | null): void
}

/** What is switched for what: `by` names it for the person, e.g. "comparison". */
export interface Visit {
  from: WorkspaceId
  to: WorkspaceId
  by: string
}

export interface WorkspaceState {
  /** The session as Looker last reported it; read on load, never assumed. */
  session: Async<Session>
  user: Async<CurrentUser>
  /** The workspace a switch is heading for (the user's, even while it waits for the lock). */
  switching: WorkspaceId | null
  /**
   * Non-null while a visit (a comparison, Ship's content validation) holds the session in the
   * other workspace for a moment and puts it back: reads stay in `from` (see useWorkspaceId).
   */
  visiting: Visit | null
  /** Resolves once no visit is under way (at once when none is): reads wait for it. */
  afterVisit(): Promise<void>
  /**
   * The user's switch from the bar: pending (with Stop waiting), Looker's refusal, or not answered
   * in time (Looker may still apply it: the session is read again until it shows).
   */
  userSwitch: Action<Session, [WorkspaceId]>
  /** Asks Looker to switch; ignored while a switch is pending. */
  switchWorkspace(workspaceId: WorkspaceId): Promise<void>
  /**
   * Runs `work` while nothing else can change the session's workspace: switches and every read
   * whose meaning depends on the workspace (a query labelled with the mode it ran in) queue here.
   */
  exclusive<T>(work: (session: LockedSession) => Promise<T>): Promise<T>
  /**
   * Runs `work` (reads whose meaning depends on the workspace) beside other shared work, never
   * while `exclusive` work runs: it waits for a switch or a visit to end, and `exclusive` waits
   * for the shared work already under way. `onWait` is called when it has to wait.
   */
  shared<T>(
    work: (session: Pick<LockedSession, 'readSession'>) => Promise<T>,
    onWait?: () => void
  ): Promise<T>
  reload(): void
}

const WorkspaceContext = createContext<WorkspaceState | null>(null)

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const api = useLookerApi()
  // Stryker disable next-line StringLiteral: a constant key (useAsync reads again only when it changes)
  const [loaded, reloadSession] = useAsync(() => api.getSession(), 'session')
  // Stryker disable next-line StringLiteral: a constant key (useAsync reads again only when it changes)
  const [user, reloadUser] = useAsync(() => api.getCurrentUser(), 'user')
  // Looker's answer to the last switch (or re-read after a refusal) replaces the loaded session.
  const [answered, setAnswered] = useState<Async<Session> | null>(null)
  // Kept apart: a switch made inside the lock (a comparison) must not clear a queued user switch.
  const [inside, setInside] = useState<WorkspaceId | null>(null)
  const [lock] = useState(() => new Mutex())
  const [visiting, setVisiting] = useState<Visit | null>(null)
  const visitEnd = useRef<{ ended: Promise<void>; end(): void } | null>(null)
  const markVisit = useCallback((visit: Visit | null) => {
    visitEnd.current?.end()
    visitEnd.current = null
    if (visit) {
      // Stryker disable next-line ArrowFunction: replaced by the promise's resolve at once, below
      let end = () => undefined as void
      const ended = new Promise<void>((resolve) => (end = resolve))
      visitEnd.current = { ended, end }
    }
    setVisiting(visit)
    // Stryker disable next-line ArrayDeclaration: a constant dependency list either way
  }, [])
  // Stryker disable next-line ArrayDeclaration: a constant dependency list either way
  const afterVisit = useCallback(() => visitEnd.current?.ended ?? Promise.resolve(), [])
  const [readers] = useState(() => ({ count: 0, drained: Promise.resolve(), done: () => {} }))

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

  // Stop waiting releases the lock at once: the app goes on, and Looker's late answer (or the
  // re-read after a refusal or timeout) still lands in the bar through switchLocked.
  const userSwitch = useAction(
    ({ signal, follow }, workspaceId: WorkspaceId) =>
      lock.runExclusive(() => {
        check(signal)
        return follow(switchLocked(workspaceId))
      }),
    {
      ignoreWhilePending: true,
      reread: async (workspaceId) => (await readSession()).workspaceId === workspaceId,
    }
  )
  const runSwitch = userSwitch.run
  const switchWorkspace = useCallback(
    async (workspaceId: WorkspaceId) => {
      await runSwitch(workspaceId)
    },
    [runSwitch]
  )

  const exclusive = useCallback(
    <T,>(work: (session: LockedSession) => Promise<T>) =>
      lock.runExclusive(async () => {
        // Shared work already under way finishes first; new shared work waits for this.
        await readers.drained
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
          visiting: (visit) => {
            guard()
            markVisit(visit)
          },
        }
        try {
          return await work(locked)
        } finally {
          held = false
          if (visitEnd.current) markVisit(null)
        }
      }),
    [lock, readers, readSession, switchLocked, markVisit]
  )

  const shared = useCallback(
    async <T,>(
      work: (session: Pick<LockedSession, 'readSession'>) => Promise<T>,
      onWait?: () => void
    ) => {
      if (lock.isLocked()) onWait?.()
      while (lock.isLocked()) await lock.waitForUnlock()
      if (readers.count++ === 0)
        readers.drained = new Promise<void>((resolve) => (readers.done = resolve))
      try {
        return await work({ readSession })
      } finally {
        if (--readers.count === 0) readers.done()
      }
    },
    [lock, readers, readSession]
  )

  const resetSwitch = userSwitch.reset
  const reload = useCallback(() => {
    setAnswered(null)
    resetSwitch()
    reloadSession()
    reloadUser()
  }, [reloadSession, reloadUser, resetSwitch])

  const value = useMemo<WorkspaceState>(
    () => ({
      session: answered ?? loaded,
      user,
      switching: userSwitch.state.status === 'pending' ? userSwitch.state.args[0] : inside,
      visiting,
      afterVisit,
      userSwitch,
      switchWorkspace,
      exclusive,
      shared,
      reload,
    }),
    [
      answered,
      loaded,
      user,
      userSwitch,
      inside,
      visiting,
      afterVisit,
      switchWorkspace,
      exclusive,
      shared,
      reload,
    ]
  )
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>
}

export function useWorkspace(): WorkspaceState {
  const state = useContext(WorkspaceContext)
  if (!state) throw new Error('useWorkspace must be used inside <WorkspaceProvider>')
  return state
}

/**
 * The workspace reads depend on: null until Looker has said (and during a switch), so nothing
 * loads under a guess. During a visit it is the workspace the visit comes back to: what is on
 * screen stays, and a read started meanwhile waits for the visit's end (useWorkspaceAsync).
 */
export function useWorkspaceId(): WorkspaceId | null {
  const { session, switching, visiting } = useWorkspace()
  if (visiting) return visiting.from
  return session.status === 'success' && !switching ? session.value.workspaceId : null
}

import { useEffect, useLayoutEffect, useRef } from 'react'
import type { WorkspaceId } from '../looker'
import { afterPaint } from '../shared/afterPaint'
import { type Async, type Refreshable, useRefreshable } from '../shared/async'
import { useWorkspace, useWorkspaceId } from './workspace'

// Never settles: the read stays loading until Looker has said which workspace the session is in.
const pending = () => new Promise<never>(() => undefined)

/** What {@link useWorkspaceAsync} shows: the answer and the workspace it belongs to. */
export interface InWorkspace<T> {
  workspaceId: WorkspaceId
  value: T
}

interface Options {
  /** False keeps the read loading (e.g. until a model is chosen). */
  ready?: boolean
  /**
   * For a read Looker answers from the session's workspace without being told which
   * (`all_projects`): mounted while the app's first session read is in flight, it is sent at once,
   * beside that read, instead of one round trip after it, and shown labelled with the workspace
   * that session read answers, once it has (never a guess: until then it is loading), after the
   * browser has painted that answer. If that session read fails, the early answer is dropped.
   */
  besideSession?: boolean
}

/**
 * The one way to read something whose answer depends on the session's workspace: loading until
 * the workspace is known (and during a switch), then `read()`, again after every switch, labelled
 * with the workspace it was read in. A visit to the other workspace (useWorkspaceId) keeps what is
 * shown; a read started during one is sent once the session is back.
 */
export function useWorkspaceAsync<T>(
  read: () => Promise<T>,
  key: string,
  { ready = true, besideSession = false }: Options = {}
): Refreshable<InWorkspace<T>> {
  const { session, afterVisit } = useWorkspace()
  const ws = useWorkspaceId()
  const early = useRef<Promise<T> | null>(null)
  // Decided on the first render only: the session read it rides along with is the one in flight.
  const startEarly = useRef(besideSession && session.status === 'loading' && ws === null)
  const readRef = useRef(read)
  readRef.current = read
  // A layout effect: sent in the same task as the session read, before anything paints.
  useLayoutEffect(() => {
    if (!startEarly.current) return
    startEarly.current = false
    const sent = readRef.current()
    sent.catch(() => undefined) // its failure is shown once it is used
    early.current = sent
  }, [])
  useEffect(() => {
    if (session.status === 'error') early.current = null
  }, [session.status])
  return useRefreshable(async () => {
    if (!ws || !ready) return pending()
    const sent = early.current
    early.current = null
    if (sent) {
      // The early answer is often in already: the workspace Looker just said paints first.
      const [value] = await Promise.all([sent, afterPaint()])
      return { workspaceId: ws, value }
    }
    await afterVisit()
    return { workspaceId: ws, value: await readRef.current() }
  }, `${ws}|${ready}|${key}`)
}

/** The answer without its workspace, for a read whose screen does not name it. */
export function valueOnly<T>(state: Async<InWorkspace<T>>): Async<T> {
  return state.status === 'success' ? { status: 'success', value: state.value.value } : state
}

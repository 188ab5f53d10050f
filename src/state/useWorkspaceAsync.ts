import { useEffect, useLayoutEffect, useRef } from 'react'
import type { WorkspaceId } from '../looker'
import { afterPaint } from '../shared/afterPaint'
import { Async, useAsync } from '../shared/async'
import { useWorkspace, useWorkspaceId } from './workspace'

// Never settles: the read stays loading until Looker has said which workspace the session is in.
const pending = () => new Promise<never>(() => undefined)

/**
 * {@link useAsync} for a read whose answer depends on the session's workspace: loading until the
 * workspace is known (and during a switch), then `load(workspace)`, again after every switch.
 * `ready: false` also keeps it loading (e.g. until a model is chosen).
 */
export function useWorkspaceAsync<T>(
  load: (workspace: WorkspaceId) => Promise<T>,
  key: string,
  ready = true
): [Async<T>, () => void] {
  const ws = useWorkspaceId()
  return useAsync(() => (ws && ready ? load(ws) : pending()), `${ws}|${ready}|${key}`)
}

/** What {@link useSessionWorkspaceAsync} shows: the answer and the workspace it belongs to. */
export interface InWorkspace<T> {
  workspaceId: WorkspaceId
  value: T
}

/**
 * {@link useWorkspaceAsync} for a read that Looker answers from the session's workspace without
 * being told which (`all_projects`): mounted while the app's first session read is in flight, it
 * is sent at once, beside that read, instead of one round trip after it, and shown labelled with
 * the workspace that session read answers, once it has (never a guess: until then it is loading).
 * If that session read fails, the early answer is dropped. It shows after the browser has painted
 * the session's answer (the workspace on screen first). After a switch (or Retry) it is read again
 * once the workspace is known, as useWorkspaceAsync does.
 */
export function useSessionWorkspaceAsync<T>(
  read: () => Promise<T>,
  key: string
): [Async<InWorkspace<T>>, () => void] {
  const { session } = useWorkspace()
  const ws = useWorkspaceId()
  const early = useRef<Promise<T> | null>(null)
  // Decided on the first render only: the session read it rides along with is the one in flight.
  const startEarly = useRef(session.status === 'loading' && ws === null)
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
  return useAsync(async () => {
    if (!ws) return pending()
    const sent = early.current
    early.current = null
    if (!sent) return { workspaceId: ws, value: await readRef.current() }
    // The early answer is often in already: the workspace Looker just said paints first.
    const [value] = await Promise.all([sent, afterPaint()])
    return { workspaceId: ws, value }
  }, `${ws}|${key}`)
}

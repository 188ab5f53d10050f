import type { WorkspaceId } from '../looker'
import { Async, useAsync } from '../shared/async'
import { useWorkspaceId } from './workspace'

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

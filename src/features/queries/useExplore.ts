import type { ExploreDetail, ModelSummary } from '../../looker/queryTypes'
import { Async, useAsync } from '../../shared/async'
import { useLookerApi } from '../../state/api'
import { useWorkspaceId } from '../../state/workspace'

// Never settles: a read that waits for Looker to say which workspace the session is in.
const pending = () => new Promise<never>(() => undefined)

/** The models the session's workspace has; refetched after a switch. */
export function useModels(): [Async<ModelSummary[]>, () => void] {
  const api = useLookerApi()
  const ws = useWorkspaceId()
  return useAsync(() => (ws ? api.listModels() : pending()), `models|${ws}`)
}

/** One explore's fields in the session's workspace; refetched after a switch. */
export function useExplore(model: string, explore: string): [Async<ExploreDetail>, () => void] {
  const api = useLookerApi()
  const ws = useWorkspaceId()
  return useAsync(
    () => (ws && model && explore ? api.getExplore(model, explore) : pending()),
    `explore|${ws}|${model}|${explore}`
  )
}

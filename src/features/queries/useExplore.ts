import type { ExploreDetail, ModelSummary } from '../../looker'
import type { Async } from '../../shared/async'
import { useLookerApi } from '../../state/api'
import { useWorkspaceAsync } from '../../state/useWorkspaceAsync'

/** The models the session's workspace has; refetched after a switch. */
export function useModels(): [Async<ModelSummary[]>, () => void] {
  const api = useLookerApi()
  return useWorkspaceAsync(() => api.listModels(), 'models')
}

/** One explore's fields in the session's workspace; refetched after a switch. */
export function useExplore(model: string, explore: string): [Async<ExploreDetail>, () => void] {
  const api = useLookerApi()
  return useWorkspaceAsync(
    () => api.getExplore(model, explore),
    `explore|${model}|${explore}`,
    !!model && !!explore
  )
}

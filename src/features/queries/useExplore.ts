import { useMemo } from 'react'
import type { ExploreDetail, ModelSummary } from '../../looker'
import type { Async } from '../../shared/async'
import { useLookerApi } from '../../state/api'
import { useWorkspaceAsync, valueOnly } from '../../state/useWorkspaceAsync'

/** The models the session's workspace has; refetched after a switch. */
export function useModels(): [Async<ModelSummary[]>, () => void] {
  const api = useLookerApi()
  const { state, reload } = useWorkspaceAsync(() => api.listModels(), 'models')
  return [useMemo(() => valueOnly(state), [state]), reload]
}

/** One explore's fields in the session's workspace; refetched after a switch. */
export function useExplore(model: string, explore: string): [Async<ExploreDetail>, () => void] {
  const api = useLookerApi()
  const { state, reload } = useWorkspaceAsync(
    () => api.getExplore(model, explore),
    `explore|${model}|${explore}`,
    { ready: !!model && !!explore }
  )
  return [useMemo(() => valueOnly(state), [state]), reload]
}

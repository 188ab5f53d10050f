import { useCallback, useEffect, useRef, useState } from 'react'
import { Semaphore } from 'async-mutex'
import { toApiError, type Project, type ProjectState, type WorkspaceId } from '../../looker'
import { type Async, loading } from '../../shared/async'
import { useLookerApi } from '../../state/api'

/** At most this many `project_workspace` reads in flight: Looker rate-limits every endpoint. */
export const MAX_IN_FLIGHT = 8

export type ProjectStates = Record<string, Async<ProjectState>>

/**
 * Reads each git project's state in the given workspace, 8 at a time, filling rows in as answers
 * arrive. A new project list or workspace starts a new generation: answers from an older one are
 * dropped and its queued reads are skipped, so no row shows another workspace's state.
 */
export function useProjectStates(
  projects: Project[] | null,
  workspaceId: WorkspaceId | null
): [ProjectStates, (projectId: string) => void] {
  const api = useLookerApi()
  const [states, setStates] = useState<ProjectStates>({})
  const [semaphore] = useState(() => new Semaphore(MAX_IN_FLIGHT))
  const generation = useRef(0)

  const load = useCallback(
    (projectId: string, gen: number) => {
      const put = (state: Async<ProjectState>) => {
        if (gen === generation.current) setStates((s) => ({ ...s, [projectId]: state }))
      }
      put(loading)
      semaphore
        .runExclusive(async () =>
          gen === generation.current ? api.getProjectState(projectId) : null
        )
        .then(
          (value) => value && put({ status: 'success', value }),
          (e: unknown) => put({ status: 'error', error: toApiError(e) })
        )
    },
    [api, semaphore]
  )

  useEffect(() => {
    const gen = ++generation.current
    setStates({})
    if (projects && workspaceId) {
      for (const p of projects) if (p.usesGit) load(p.id, gen)
    }
    return () => {
      generation.current += 1
    }
  }, [projects, workspaceId, load])

  const retry = useCallback((projectId: string) => load(projectId, generation.current), [load])
  return [states, retry]
}

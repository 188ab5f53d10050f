import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { Semaphore } from 'async-mutex'
import { toApiError, type Project, type ProjectBranches } from '../../looker'
import { type Async, loading } from '../../shared/async'
import { MAX_READS_IN_FLIGHT, renderBatcher } from '../../shared/renderBatcher'
import { useLookerApi } from '../../state/api'
import { useWorkspace } from '../../state/workspace'

export type AllBranches = Record<string, Async<ProjectBranches>>

/**
 * Every git project's branches (`getBranches`), at most MAX_READS_IN_FLIGHT projects at once,
 * shown in batches as answers arrive (as the projects overview reads states); the last answer
 * shows at once. One project's failure stays in its own entry. `reload(id)` reads one project
 * again (Retry, or after a clean-up changed it) and resolves with what it read. The rows belong
 * to the list useWorkspaceAsync read (the table is keyed by its workspace); a row read started
 * during a visit to the other workspace waits for its end, as that hook's reads do.
 */
export function useAllBranches(
  projects: readonly Project[]
): [AllBranches, (projectId: string) => Promise<ProjectBranches | null>] {
  const api = useLookerApi()
  const { afterVisit } = useWorkspace()
  const [all, setAll] = useState<AllBranches>({})
  const [semaphore] = useState(() => new Semaphore(MAX_READS_IN_FLIGHT))
  const generation = useRef(0)
  const pending = useRef<AllBranches>({})
  const outstanding = useRef(0)
  const [batcher] = useState(() =>
    renderBatcher(() => {
      const answers = pending.current
      pending.current = {}
      setAll((s) => ({ ...s, ...answers }))
    })
  )

  const load = useCallback(
    async (projectId: string, gen: number): Promise<ProjectBranches | null> => {
      const put = (state: Async<ProjectBranches>) => {
        if (gen !== generation.current) return
        pending.current[projectId] = state
        outstanding.current -= 1
        if (outstanding.current > 0) batcher.schedule()
        else batcher.now()
      }
      outstanding.current += 1
      try {
        const value = await semaphore.runExclusive(async () => {
          await afterVisit()
          return gen === generation.current ? api.getBranches(projectId) : null
        })
        if (value) put({ status: 'success', value })
        return value
      } catch (e) {
        put({ status: 'error', error: toApiError(e) })
        return null
      }
    },
    [api, afterVisit, semaphore, batcher]
  )

  // A layout effect: the first reads leave before the table is painted.
  useLayoutEffect(() => {
    const gen = ++generation.current
    batcher.cancel()
    pending.current = {}
    outstanding.current = 0
    const initial: AllBranches = {}
    for (const p of projects) if (p.usesGit) initial[p.id] = loading
    setAll(initial)
    for (const id of Object.keys(initial)) void load(id, gen)
    return () => {
      generation.current += 1
      batcher.cancel()
    }
  }, [projects, load, batcher])

  const reload = useCallback(
    (projectId: string) => {
      setAll((s) => ({ ...s, [projectId]: loading }))
      return load(projectId, generation.current)
    },
    [load]
  )
  return [all, reload]
}

import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { Semaphore } from 'async-mutex'
import {
  ApiError,
  toApiError,
  type LookerApi,
  type Project,
  type ProjectState,
  type WorkspaceId,
} from '../../looker'
import { type Async, loading } from '../../shared/async'
import { MAX_READS_IN_FLIGHT, renderBatcher } from '../../shared/renderBatcher'
import { useLookerApi } from '../../state/api'
import { useWorkspace } from '../../state/workspace'
import { workspaceWords } from '../../shared/workspaceWords'
import { hasGitState } from './installedApps'

/** At most this many `project_workspace` reads in flight: Looker rate-limits every endpoint. */
export const MAX_IN_FLIGHT = MAX_READS_IN_FLIGHT

export type ProjectStates = Record<string, Async<ProjectState>>

/** State reads sent before the table exists, by project id (see {@link readFirstStates}). */
export type EarlyStates = ReadonlyMap<string, Promise<ProjectState>>

/**
 * Sends the first MAX_IN_FLIGHT state reads (git projects, in the list's order, the order the
 * table reads them in) as soon as the list is known, before anything renders: the table then takes
 * them over as its first reads, each holding one of its MAX_IN_FLIGHT places.
 */
export function readFirstStates(api: LookerApi, projects: readonly Project[]): EarlyStates {
  const early = new Map<string, Promise<ProjectState>>()
  for (const p of projects) {
    if (early.size === MAX_IN_FLIGHT) break
    if (!hasGitState(p)) continue
    const read = api.getProjectState(p.id)
    read.catch(() => undefined) // shown in its row once the table takes it over
    early.set(p.id, read)
  }
  return early
}

/**
 * A state Looker read in another workspace than the table's (the session was switched meanwhile,
 * e.g. from another tab) is not shown as this workspace's: the row says so instead.
 */
function answeredElsewhere(read: WorkspaceId, shown: WorkspaceId): ApiError {
  return new ApiError(
    `Looker answered in ${workspaceWords(read).sentence}, not in ${workspaceWords(shown).sentence}: ` +
      'the session was switched meanwhile (another tab?). Reading the session again.',
    'unexpected'
  )
}

/**
 * Reads each git project's state in the given workspace, 8 at a time, filling rows in as answers
 * arrive. Each answer frees the next read (the semaphore's release runs in a microtask, before
 * any render), then waits to be shown with the others (renderBatcher): one render for many
 * answers, not one render of the whole table per answer (which made hundreds of projects
 * quadratic), never so often that rendering delays the answers behind it; the last answer shows
 * at once.
 * A new project list or workspace starts a new generation: answers from an older one are dropped
 * and its queued reads are skipped, so no row shows another workspace's state. Each answer names
 * the workspace Looker read it in: one that is not `workspaceId` shows as an error in its row and
 * calls `onOtherWorkspace` (once per generation), which re-reads the session. The rows belong to
 * the list useWorkspaceAsync read (the table is keyed by its workspace); a row read started during
 * a visit to the other workspace waits for its end, as that hook's reads do.
 */
export function useProjectStates(
  projects: Project[] | null,
  workspaceId: WorkspaceId | null,
  onOtherWorkspace: () => void = () => undefined,
  early: EarlyStates = new Map()
): [ProjectStates, (projectId: string) => void] {
  const api = useLookerApi()
  const { afterVisit } = useWorkspace()
  const [states, setStates] = useState<ProjectStates>({})
  const [semaphore] = useState(() => new Semaphore(MAX_IN_FLIGHT))
  const generation = useRef(0)
  const pending = useRef<ProjectStates>({})
  /** Reads of the current generation not answered yet: the last answer is shown at once. */
  const outstanding = useRef(0)
  const warned = useRef(0)
  // Each early read is used once (by the first read of its project; Retry reads again).
  const [unused] = useState(() => new Map(early))
  const onOther = useRef(onOtherWorkspace)
  onOther.current = onOtherWorkspace
  const [scheduler] = useState(() =>
    renderBatcher(() => {
      const answers = pending.current
      pending.current = {}
      setStates((s) => ({ ...s, ...answers }))
    })
  )

  const load = useCallback(
    (projectId: string, gen: number) => {
      const put = (state: Async<ProjectState>) => {
        if (gen !== generation.current) return
        pending.current[projectId] = state
        outstanding.current -= 1
        if (outstanding.current > 0) scheduler.schedule()
        else scheduler.now()
      }
      outstanding.current += 1
      const sent = unused.get(projectId)
      unused.delete(projectId)
      semaphore
        .runExclusive(async () => {
          if (sent) return gen === generation.current ? sent : null
          await afterVisit()
          return gen === generation.current ? api.getProjectState(projectId) : null
        })
        .then(
          (value) => {
            if (!value) return
            const readIn = value.workspaceId
            if (!readIn || !workspaceId || readIn === workspaceId) {
              return put({ status: 'success', value })
            }
            put({ status: 'error', error: answeredElsewhere(readIn, workspaceId) })
            if (warned.current !== gen) {
              warned.current = gen
              onOther.current()
            }
          },
          (e: unknown) => put({ status: 'error', error: toApiError(e) })
        )
    },
    [api, afterVisit, semaphore, scheduler, workspaceId, unused]
  )

  // A layout effect: the first reads leave before the new table is painted, not after.
  useLayoutEffect(() => {
    const gen = ++generation.current
    scheduler.cancel()
    pending.current = {}
    outstanding.current = 0
    const initial: ProjectStates = {}
    for (const p of projects ?? []) if (hasGitState(p) && workspaceId) initial[p.id] = loading
    setStates(initial)
    for (const id of Object.keys(initial)) load(id, gen)
    return () => {
      generation.current += 1
      scheduler.cancel()
    }
  }, [projects, workspaceId, load, scheduler])

  const retry = useCallback(
    (projectId: string) => {
      setStates((s) => ({ ...s, [projectId]: loading }))
      load(projectId, generation.current)
    },
    [load]
  )
  return [states, retry]
}

import { useCallback, useEffect, useRef, useState } from 'react'
import { Semaphore } from 'async-mutex'
import { toApiError, type Project, type ProjectState, type WorkspaceId } from '../../looker'
import { type Async, loading } from '../../shared/async'
import { useLookerApi } from '../../state/api'

/** At most this many `project_workspace` reads in flight: Looker rate-limits every endpoint. */
export const MAX_IN_FLIGHT = 8

/** A hidden frame gets no animation frames: answers are shown after this long at the latest. */
const FLUSH_FALLBACK_MS = 100

export type ProjectStates = Record<string, Async<ProjectState>>

/** One frame at 60 Hz. */
const FRAME_MS = 16

/**
 * Calls `flush` at most once per frame: at once when the last call is a frame old (a lone answer
 * shows without delay), else before the next frame (or after FLUSH_FALLBACK_MS when the frame is
 * hidden and gets no frames), however often it is scheduled meanwhile. `cancel` drops a pending call.
 */
function frameScheduler(flush: () => void) {
  let frame: number | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let last = -Infinity
  const cancel = () => {
    if (frame !== null) cancelAnimationFrame(frame)
    if (timer !== null) clearTimeout(timer)
    frame = timer = null
  }
  const run = () => {
    cancel()
    last = Date.now()
    flush()
  }
  return {
    schedule() {
      if (timer !== null) return
      if (Date.now() - last >= FRAME_MS) return run()
      frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : null
      timer = setTimeout(run, FLUSH_FALLBACK_MS)
    },
    cancel,
  }
}

/**
 * Reads each git project's state in the given workspace, 8 at a time, filling rows in as answers
 * arrive. Answers are gathered and applied once per frame: one render for all the answers of a
 * frame, not one render of the whole table per answer (which made hundreds of projects quadratic).
 * A new project list or workspace starts a new generation: answers from an older one are dropped
 * and its queued reads are skipped, so no row shows another workspace's state.
 */
export function useProjectStates(
  projects: Project[] | null,
  workspaceId: WorkspaceId | null
): [ProjectStates, (projectId: string) => void] {
  const api = useLookerApi()
  const [states, setStates] = useState<ProjectStates>({})
  const [semaphore] = useState(() => new Semaphore(MAX_IN_FLIGHT))
  const generation = useRef(0)
  const pending = useRef<ProjectStates>({})
  const [scheduler] = useState(() =>
    frameScheduler(() => {
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
        scheduler.schedule()
      }
      semaphore
        .runExclusive(async () =>
          gen === generation.current ? api.getProjectState(projectId) : null
        )
        .then(
          (value) => value && put({ status: 'success', value }),
          (e: unknown) => put({ status: 'error', error: toApiError(e) })
        )
    },
    [api, semaphore, scheduler]
  )

  useEffect(() => {
    const gen = ++generation.current
    scheduler.cancel()
    pending.current = {}
    const initial: ProjectStates = {}
    for (const p of projects ?? []) if (p.usesGit && workspaceId) initial[p.id] = loading
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

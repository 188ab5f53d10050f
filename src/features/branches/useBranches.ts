import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, toApiError, type ProjectBranches } from '../../looker'
import { type Async, loading } from '../../shared/async'
import { useLookerApi } from '../../state/api'
import { useWorkspace } from '../../state/workspace'

export interface ActionOutcome {
  /** What was attempted, e.g. "Delete feature/x". */
  title: string
  error: ApiError | null
}

export interface BranchesState {
  branches: Async<ProjectBranches>
  /** The action in progress, e.g. "Switching to feature/x", or null. */
  busy: string | null
  /** The last action's outcome (Looker's refusal, or success). */
  outcome: ActionOutcome | null
  reload(): void
  /**
   * Runs a git change while no workspace switch can happen, then re-reads the branches and the
   * project state whatever happened: Looker answers a hard reset with the branch as it was
   * before, and a refused change may still have moved something.
   */
  act(title: string, busyLabel: string, work: () => Promise<void>): Promise<boolean>
}

/** A project's branches in the current workspace (the caller keys this by workspace). */
export function useBranches(projectId: string): BranchesState {
  const api = useLookerApi()
  const { exclusive } = useWorkspace()
  const [branches, setBranches] = useState<Async<ProjectBranches>>(loading)
  const [busy, setBusy] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null)
  const latest = useRef(0)

  // Keeps the rows on screen while re-reading; only the newest read lands.
  const read = useCallback(async () => {
    const id = ++latest.current
    try {
      const value = await api.getBranches(projectId)
      if (id === latest.current) setBranches({ status: 'success', value })
    } catch (e) {
      if (id === latest.current) setBranches({ status: 'error', error: toApiError(e) })
    }
  }, [api, projectId])

  useEffect(() => {
    void read()
    return () => {
      latest.current += 1
    }
  }, [read])

  const reload = useCallback(() => {
    setBranches(loading)
    void read()
  }, [read])

  const act = useCallback(
    async (title: string, busyLabel: string, work: () => Promise<void>) => {
      setBusy(busyLabel)
      setOutcome(null)
      let error: ApiError | null = null
      try {
        await exclusive(work)
      } catch (e) {
        error = toApiError(e)
      }
      await read()
      setBusy(null)
      setOutcome({ title, error })
      return error === null
    },
    [exclusive, read]
  )

  return { branches, busy, outcome, reload, act }
}

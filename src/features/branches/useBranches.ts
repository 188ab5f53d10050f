import { useCallback, useState } from 'react'
import { ApiError, toApiError, type ProjectBranches } from '../../looker'
import { type Async, useMounted, useRefreshable } from '../../shared/async'
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
   * before, and a refused change may still have moved something. Resolves true on success.
   */
  act(title: string, busyLabel: string, work: () => Promise<void>): Promise<boolean>
}

/** A project's branches in the current workspace (the caller keys this by workspace). */
export function useBranches(projectId: string): BranchesState {
  const api = useLookerApi()
  const { exclusive } = useWorkspace()
  // The rows stay on screen while they are re-read after an action; only the newest read lands.
  const {
    state: branches,
    reload,
    refresh,
  } = useRefreshable(() => api.getBranches(projectId), projectId)
  const [busy, setBusy] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null)
  // A workspace switch queued behind the action re-keys the page: nothing is set after that.
  const mounted = useMounted()

  const act = useCallback(
    async (title: string, busyLabel: string, work: () => Promise<void>) => {
      setBusy(busyLabel)
      setOutcome(null)
      let error: ApiError | null = null
      try {
        await exclusive(async (session) => {
          try {
            await work()
          } finally {
            // Another tab may have switched Development Mode meanwhile: the bar (and the page,
            // keyed by workspace) follow what Looker now reports.
            await session.readSession().catch(() => undefined)
          }
        })
      } catch (e) {
        error = toApiError(e)
      }
      await refresh()
      if (mounted.current) {
        setBusy(null)
        setOutcome({ title, error })
      }
      return error === null
    },
    [exclusive, refresh, mounted]
  )

  return { branches, busy, outcome, reload, act }
}

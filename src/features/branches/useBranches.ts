import {
  isTimedOut,
  toApiError,
  type ApiError,
  type ProjectBranches,
  type WorkspaceId,
} from '../../looker'
import { check } from '../../shared/abort'
import type { Async } from '../../shared/async'
import { type Action, useAction } from '../../shared/useAction'
import { useCallback, useMemo, useRef } from 'react'
import { useLookerApi } from '../../state/api'
import { useWorkspaceAsync, valueOnly } from '../../state/useWorkspaceAsync'
import { useWorkspace } from '../../state/workspace'

/** One git change of the page. */
export interface GitJob {
  /** What is attempted, e.g. "Delete feature/x". */
  title: string
  /** Shown while it runs, e.g. "Deleting feature/x". */
  busyLabel: string
  work(): Promise<void>
  /** Whether re-read branches show the change applied (after Looker did not answer in time). */
  applied?(branches: ProjectBranches): boolean
}

/** A git action Looker (or the page's own check) refused, kept by the page above the workspace. */
export interface Refusal {
  title: string
  error: ApiError
  /** The workspace the page was in when the action was started. */
  workspaceId: WorkspaceId
}

export interface BranchesState {
  branches: Async<ProjectBranches>
  /** The git action: pending (with Stop waiting), Looker's refusal, done, or not answered in time. */
  action: Action<void, [GitJob]>
  reload(): void
  /**
   * Runs a git change while no workspace switch can happen, then re-reads the branches and the
   * project state whatever happened: Looker answers a hard reset with the branch as it was
   * before, and a refused change may still have moved something. Resolves true on success, false
   * on failure, null when it did not land (stopped, superseded by a newer action, page left).
   */
  act(job: GitJob): Promise<boolean | null>
}

/** A project's branches in the session's workspace (useWorkspaceAsync; the caller also keys by it). */
export function useBranches(
  projectId: string,
  workspaceId: WorkspaceId,
  /** Told of each refusal (null when a new action starts): it outlives this page's workspace. */
  onRefusal?: (refusal: Refusal | null) => void
): BranchesState {
  const api = useLookerApi()
  const told = useRef(onRefusal)
  told.current = onRefusal
  const { exclusive } = useWorkspace()
  // The rows stay on screen while they are re-read after an action; only the newest read lands.
  const read = useWorkspaceAsync(() => api.getBranches(projectId), `branches|${projectId}`)
  const { reload, refresh: refreshRead } = read
  const branches = useMemo(() => valueOnly(read.state), [read.state])
  const refresh = useCallback(async () => (await refreshRead())?.value ?? null, [refreshRead])

  const action = useAction(
    async ({ signal, follow }, job: GitJob) => {
      told.current?.(null)
      try {
        // Stop waiting leaves the lock at once; the change itself may still land in Looker.
        await exclusive((session) => {
          check(signal)
          const work = async () => {
            try {
              await job.work()
            } catch (e) {
              // Told before the session is re-read: if another tab left Development Mode, this
              // page is rebuilt for production and the refusal must still be said there.
              const error = toApiError(e)
              if (!isTimedOut(error)) told.current?.({ title: job.title, error, workspaceId })
              throw e
            } finally {
              // Another tab may have switched Development Mode meanwhile: the bar (and the page,
              // keyed by workspace) follow what Looker now reports.
              await session.readSession().catch(() => undefined)
            }
          }
          return follow(work())
        })
      } finally {
        if (!signal.aborted) await refresh()
      }
    },
    {
      reread: async (job) => {
        const now = await refresh()
        return !!now && !!job.applied?.(now)
      },
    }
  )

  const run = action.run
  const act = async (job: GitJob) => {
    const outcome = await run(job)
    return outcome && outcome.ok
  }

  return { branches, action, reload, act }
}

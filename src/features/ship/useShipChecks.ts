import { useRef } from 'react'
import { useLookerApi } from '../../state/api'
import { useStoredCheck } from '../../state/checks'
import { useWorkspace } from '../../state/workspace'
import { usePutBack } from '../../state/putBack'
import { findBrokenContent } from './contentCheck'
import { runGitTests } from './GitCheck'
import { sqlImpact } from './sqlImpact'
import type { ShipProject } from './useShipProject'
import { validationPasses } from './ValidationCheck'

/**
 * The page's own checks, kept above the project read so a re-read (after a deploy) never drops a
 * running check. While the content check visits production, the workspace state says so and the
 * page's reads stay in Development Mode (useWorkspaceId).
 */
export function useShipChecks(projectId: string, ship: ShipProject | null) {
  const api = useLookerApi()
  const { exclusive, shared, visiting: visit } = useWorkspace()
  const putBack = usePutBack()
  const visiting = useRef(visit)
  visiting.current = visit
  const latest = useRef(ship)
  if (ship) latest.current = ship
  const head = ship?.state.branch?.ref ?? null
  const base = { projectId, head, ready: ship !== null }
  const passes = (v: Parameters<typeof validationPasses>[0]) =>
    !latest.current || validationPasses(v, latest.current.project)

  const validation = useStoredCheck({
    ...base,
    name: 'validation',
    run: () => api.validateProject(projectId),
    passed: passes,
    initial: async () => {
      // Looker keeps the last validation: shown on arrival, stale when the LookML changed since.
      const cached = await api.getValidationResults(projectId)
      if (!cached) return null
      const status = passes(cached) ? ('passed' as const) : ('failed' as const)
      const commit = cached.stale ? null : (latest.current?.state.branch?.ref ?? null)
      return { commit, ranAt: Date.now(), outcome: { status, value: cached } }
    },
  })
  const sql = useStoredCheck({
    ...base,
    name: 'sql-impact',
    // The branch's SQL is the session's workspace's: read beside other reads, never during a visit.
    run: (signal, progress) =>
      sqlImpact(
        api,
        projectId,
        signal,
        (done, total) => progress(`Compared ${done} of ${total} explores`),
        (work) =>
          shared(work, () => {
            const v = visiting.current
            progress(v ? `Waiting while the ${v.by} visits ${v.to}` : 'Waiting for the session')
          })
      ),
    passed: (r) => !r.explores.some((e) => e.kind === 'failed'),
  })
  const content = useStoredCheck({
    ...base,
    name: 'content',
    run: (_signal, progress) => findBrokenContent(api, exclusive, putBack, projectId, progress),
    passed: (r) => r.broken.length === 0,
  })
  const git = useStoredCheck({
    ...base,
    name: 'git-connection',
    run: (signal, progress) => runGitTests(api, projectId, signal, progress),
    passed: (r) => r.results.every((t) => t.passed),
  })
  return { validation, sql, content, git }
}

export type ShipChecks = ReturnType<typeof useShipChecks>

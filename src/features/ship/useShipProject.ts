import type { Branch, Project, ProjectState } from '../../looker'
import { useLookerApi } from '../../state/api'
import { useRefreshable, type Refreshable } from '../../shared/async'
import type { WorkspaceId } from '../../looker'

/** What the Ship page needs to know about a project: its policy, its branch, production's head. */
export interface ShipProject {
  project: Project
  state: ProjectState
  /** The production branch as the session sees it (its remote ref is what production runs). */
  production: Branch | null
}

const pending = () => new Promise<never>(() => undefined)

/**
 * The project, its state and branches, read together in workspace `ws` (the session's; the page
 * holds it at Development Mode while its own content check visits production and comes back).
 */
export function useShipProject(
  projectId: string,
  ws: WorkspaceId | null
): Refreshable<ShipProject> {
  const api = useLookerApi()
  return useRefreshable(async () => {
    if (!ws) return pending()
    const [project, { state, branches }] = await Promise.all([
      api.getProject(projectId),
      api.getBranches(projectId),
    ])
    return { project, state, production: branches.find((b) => b.isProduction) ?? null }
  }, `${ws}|${projectId}`)
}

/** The commit production runs: the production branch's remote head. */
export function productionHead(p: ShipProject): string | null {
  return p.production?.remoteRef ?? p.production?.ref ?? null
}

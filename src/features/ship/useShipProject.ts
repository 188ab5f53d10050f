import type { Branch, Project, ProjectState } from '../../looker'
import { useLookerApi } from '../../state/api'
import { useWorkspaceAsync, type InWorkspace } from '../../state/useWorkspaceAsync'
import type { Refreshable } from '../../shared/async'

/** What the Ship page needs to know about a project: its policy, its branch, production's head. */
export interface ShipProject {
  project: Project
  state: ProjectState
  /** The production branch as the session sees it (its remote ref is what production runs). */
  production: Branch | null
}

/**
 * The project, its state and branches, read together in the session's workspace (which stays
 * Development Mode while the page's own content check visits production and comes back).
 */
export function useShipProject(projectId: string): Refreshable<InWorkspace<ShipProject>> {
  const api = useLookerApi()
  return useWorkspaceAsync(async () => {
    const [project, { state, branches }] = await Promise.all([
      api.getProject(projectId),
      api.getBranches(projectId),
    ])
    return { project, state, production: branches.find((b) => b.isProduction) ?? null }
  }, projectId)
}

/** The commit production runs: the production branch's remote head. */
export function productionHead(p: ShipProject): string | null {
  return p.production?.remoteRef ?? p.production?.ref ?? null
}

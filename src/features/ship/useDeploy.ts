import { stillAsConfirmed, type ProjectState } from '../../looker'
import { type Action, useAction } from '../../shared/useAction'
import { useLookerApi } from '../../state/api'
import { useWorkspace } from '../../state/workspace'
import { productionHead, type ShipProject } from './useShipProject'

/** What the person confirmed in the Deploy dialog: the branch at its commit, production's commit. */
export interface DeployRequest {
  branch: string
  commit: string | null
  productionBefore: string | null
  /** The project state the dialog showed (compared with Looker's right before sending). */
  state: ProjectState
}

/** The deploy's outcome as read back from Looker afterwards. */
export interface Deployed extends DeployRequest {
  /** The commit production runs, re-read after Looker answered (null: could not be read). */
  productionAfter: string | null
}

export type Deploy = Action<Deployed, [DeployRequest]>

/**
 * The deploy, kept above the page's workspace so its outcome stays in view when the session
 * changes mode. Inside the session lock, Looker is read again right before sending: nothing is
 * sent unless the session is in Development Mode and the branch is the one, at the commit, the
 * person confirmed (stillAsConfirmed). Afterwards the project is read again, and the outcome
 * shown is what Looker reports production runs.
 */
export function useDeploy(projectId: string, refresh: () => Promise<ShipProject | null>): Deploy {
  const api = useLookerApi()
  const { exclusive } = useWorkspace()
  return useAction(
    async ({ follow }, request: DeployRequest) => {
      let after: ShipProject | null = null
      try {
        await exclusive((session) =>
          follow(
            (async () => {
              try {
                await stillAsConfirmed(
                  api,
                  projectId,
                  { state: request.state },
                  'nothing was deployed'
                )
                await api.deployToProduction(projectId)
              } finally {
                // Another tab may have left Development Mode: the bar follows what Looker says.
                await session.readSession().catch(() => undefined)
              }
            })()
          )
        )
      } finally {
        after = await refresh().catch(() => null)
      }
      return { ...request, productionAfter: after ? productionHead(after) : null }
    },
    { reread: async () => void (await refresh()) }
  )
}

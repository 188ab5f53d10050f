/**
 * The one door to Looker. `createLookerApi(sdk)` exposes intent-named calls returning domain types;
 * every failure becomes an ApiError. Each method names its SDK method and route; every SDK method
 * used here must be listed in manifest.lkml `core_api_methods` (a test checks both ways).
 */
import type { ILooker40SDK } from '@looker/sdk'
import { toApiError } from './ApiError'
import { toCurrentUser, toSession } from './mappers'
import type { CurrentUser, Session, WorkspaceId } from './types'

export interface LookerApi {
  /** The session's workspace as Looker reports it. `session` -> GET /session */
  getSession(): Promise<Session>
  /** Switches the session's workspace; resolves with what Looker answered. `update_session` -> PATCH /session */
  switchWorkspace(workspaceId: WorkspaceId): Promise<Session>
  /** The signed-in user and their permissions. `me` -> GET /user, `user_roles` -> GET /users/{id}/roles */
  getCurrentUser(): Promise<CurrentUser>
}

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (e) {
    throw toApiError(e)
  }
}

export function createLookerApi(sdk: ILooker40SDK): LookerApi {
  return {
    getSession: () => call(async () => toSession(await sdk.ok(sdk.session()))),

    switchWorkspace: (workspaceId) =>
      call(async () => toSession(await sdk.ok(sdk.update_session({ workspace_id: workspaceId })))),

    getCurrentUser: () =>
      call(async () => {
        const user = await sdk.ok(sdk.me())
        const roles = user.id ? await sdk.ok(sdk.user_roles({ user_id: user.id })) : []
        return toCurrentUser(user, roles)
      }),
  }
}

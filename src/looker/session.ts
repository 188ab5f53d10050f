import type { ILooker40SDK, IRole } from '@looker/sdk'
import { ApiError } from './ApiError'
import { call, read } from './call'
import { listOf, objectOf } from './shape'
import { toCurrentUser, toSession } from './mappers'
import type { CurrentUser, Session, WorkspaceId } from './types'

export interface SessionApi {
  /** The session's workspace as Looker reports it. `session` -> GET /session */
  getSession(): Promise<Session>
  /** Switches the session's workspace; resolves with what Looker answered. `update_session` -> PATCH /session */
  switchWorkspace(workspaceId: WorkspaceId): Promise<Session>
  /** The signed-in user and their permissions (null when Looker refuses the roles). `me` -> GET /user, `user_roles` -> GET /users/{user_id}/roles */
  getCurrentUser(): Promise<CurrentUser>
}

/**
 * One's own roles, or null when Looker refuses them (404 or 403): Looker's own extension code
 * tolerates that, and so does the app (docs/looker-api-behaviour.md "user_roles").
 */
async function ownRoles(sdk: ILooker40SDK, userId: string): Promise<IRole[] | null> {
  try {
    return await call(async () =>
      listOf(await sdk.ok(sdk.user_roles({ user_id: userId })), 'user_roles', 'a list of roles')
    )
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return null
    throw e
  }
}

export function createSessionApi(sdk: ILooker40SDK): SessionApi {
  return {
    getSession: () =>
      read(async () => toSession(objectOf(await sdk.ok(sdk.session()), 'session', 'a session'))),

    switchWorkspace: (workspaceId) =>
      call(async () =>
        toSession(
          objectOf(
            await sdk.ok(sdk.update_session({ workspace_id: workspaceId })),
            'update_session',
            'a session'
          )
        )
      ),

    getCurrentUser: () =>
      read(async () => {
        const user = await sdk.ok(sdk.me())
        return toCurrentUser(user, user.id ? await ownRoles(sdk, user.id) : [])
      }),
  }
}

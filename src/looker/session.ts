import type { ILooker40SDK } from '@looker/sdk'
import { call, read } from './call'
import { listOf, objectOf } from './shape'
import { toCurrentUser, toSession } from './mappers'
import type { CurrentUser, Session, WorkspaceId } from './types'

export interface SessionApi {
  /** The session's workspace as Looker reports it. `session` -> GET /session */
  getSession(): Promise<Session>
  /** Switches the session's workspace; resolves with what Looker answered. `update_session` -> PATCH /session */
  switchWorkspace(workspaceId: WorkspaceId): Promise<Session>
  /** The signed-in user and their permissions. `me` -> GET /user, `user_roles` -> GET /users/{user_id}/roles */
  getCurrentUser(): Promise<CurrentUser>
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
        const roles = user.id
          ? listOf(
              await sdk.ok(sdk.user_roles({ user_id: user.id })),
              'user_roles',
              'a list of roles'
            )
          : []
        return toCurrentUser(user, roles)
      }),
  }
}

/** SDK models (all fields optional) to domain types (required fields). A gap is an ApiError here. */
import type { IApiSession, IRole, IUser } from '@looker/sdk'
import { ApiError } from './ApiError'
import type { CurrentUser, Session, WorkspaceId } from './types'

/**
 * A field the domain type requires: a gap (null, undefined or '') is an ApiError saying `what`
 * Looker returned, e.g. `required(p.id, 'a project without an id')`.
 */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined || value === '') {
    throw new ApiError(`Looker returned ${what}.`, 'unexpected')
  }
  return value
}

const WORKSPACES: readonly string[] = ['production', 'dev']

export function isWorkspaceId(value: unknown): value is WorkspaceId {
  return typeof value === 'string' && WORKSPACES.includes(value)
}

export function toSession(session: IApiSession): Session {
  const id = session.workspace_id
  if (!isWorkspaceId(id)) {
    throw new ApiError(
      `Looker reported the workspace "${String(id)}", which is neither production nor dev.`,
      'unexpected'
    )
  }
  return { workspaceId: id }
}

/** The user; `roles` null when Looker would not show them (permissions then unknown). */
export function toCurrentUser(user: IUser, roles: IRole[] | null): CurrentUser {
  if (!user.id) throw new ApiError('Looker returned the current user without an id.', 'unexpected')
  if (roles === null) return { id: user.id, canDevelop: null, canDeploy: null }
  const permissions = new Set(roles.flatMap((r) => r.permission_set?.permissions ?? []))
  // An all-access permission set (the Admin role's) may not list its permissions one by one.
  const everything = roles.some((r) => r.permission_set?.all_access === true)
  const has = (permission: string) => everything || permissions.has(permission)
  return {
    id: user.id,
    canDevelop: has('develop'),
    canDeploy: has('deploy'),
  }
}

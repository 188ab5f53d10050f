/**
 * Sessions, workspaces and the calling user (docs/looker-api-behaviour.md "Sessions, branches and the rest", "user_roles"): `session`, `update_session`,
 * `all_workspaces`, `workspace`, `me`, `user_roles`.
 */
import type { HandlerContext, HandlerTable } from '../context'
import { FakeApiError } from '../errors'
import type { UserRecord } from '../model'
import { rolesOf } from '../seeds'
import type { WorkspaceId } from '../types'
import { canSeeProjects, projectView } from './projects'

const WORKSPACES: WorkspaceId[] = ['production', 'dev']

/** The `ApiSession` body; `can.update` is whether the user may develop (unverified semantics). */
function sessionView(ctx: HandlerContext) {
  return {
    workspace_id: ctx.workspace,
    sudo_user_id: null,
    can: { view: true, update: ctx.permissions.has('develop') },
  }
}

function updateSession(ctx: HandlerContext) {
  const body = (ctx.body ?? {}) as { workspace_id?: unknown }
  const wanted = body.workspace_id
  if (wanted === undefined || wanted === null) return { body: sessionView(ctx) }
  if (wanted !== 'production' && wanted !== 'dev') {
    throw new FakeApiError(422, 'Validation Failed', [
      { field: 'workspace_id', code: 'invalid', message: `Unknown workspace "${String(wanted)}"` },
    ])
  }
  if (wanted === 'dev' && !ctx.permissions.has('develop')) {
    if (ctx.options.devDenied === 'error') {
      throw new FakeApiError(403, 'You do not have permission to enter Development Mode')
    }
    return { body: sessionView(ctx) } // 'silent': 200, still production
  }
  ctx.setWorkspace(wanted)
  return { body: { ...sessionView(ctx), workspace_id: wanted } }
}

function workspaceIds(ctx: HandlerContext): WorkspaceId[] {
  return ctx.permissions.has('develop') ? WORKSPACES : ['production']
}

function workspaceView(ctx: HandlerContext, id: WorkspaceId) {
  const projects = canSeeProjects(ctx.permissions)
    ? Object.values(ctx.state.projects).map((p) =>
        projectView(p, ctx.permissions, ctx.options.behaviour)
      )
    : []
  return { can: {}, id, projects }
}

/** The `User` body for the seeded user. */
export function userView(user: UserRecord) {
  return {
    can: { show: true, index: true, show_details: true, index_details: true, sudo: false },
    avatar_url: null,
    avatar_url_without_sizing: null,
    credentials_api3: [],
    credentials_embed: [],
    display_name: `${user.firstName} ${user.lastName}`,
    email: user.email,
    embed_group_space_id: null,
    first_name: user.firstName,
    group_ids: ['1'],
    home_folder_id: String(100 + Number(user.id)),
    id: user.id,
    is_disabled: false,
    last_name: user.lastName,
    locale: 'en',
    looker_versions: ['25.20.0'],
    models_dir_validated: true,
    personal_folder_id: String(100 + Number(user.id)),
    presumed_looker_employee: false,
    role_ids: user.roleIds,
    sessions: [],
    ui_state: null,
    verified_looker_employee: false,
    roles_externally_managed: false,
    allow_direct_roles: true,
    allow_normal_group_membership: true,
    allow_roles_from_normal_groups: true,
    embed_group_folder_id: null,
    is_iam_admin: false,
    can_manage_api3_creds: false,
    is_service_account: false,
    service_account_name: null,
    url: `https://looker.example.com/api/4.0/users/${user.id}`,
  }
}

function rolesView(user: UserRecord) {
  return rolesOf(user).map((role) => ({
    can: { show: true, index: true },
    id: role.id,
    name: role.name,
    permission_set: {
      can: { show: true, index: true },
      all_access: false,
      built_in: false,
      id: role.permissionSetId,
      name: role.permissionSetName,
      permissions: role.permissions,
      url: `https://looker.example.com/api/4.0/permission_sets/${role.permissionSetId}`,
    },
    permission_set_id: role.permissionSetId,
    model_set: {
      can: { show: true, index: true },
      all_access: true,
      built_in: true,
      id: '1',
      models: [],
      name: 'All',
      url: 'https://looker.example.com/api/4.0/model_sets/1',
    },
    model_set_id: '1',
    internal: false,
    url: `https://looker.example.com/api/4.0/roles/${role.id}`,
    users_url: `https://looker.example.com/api/4.0/roles/${role.id}/users`,
  }))
}

export const sessionHandlers: HandlerTable = {
  session: (ctx) => ({ body: sessionView(ctx) }),
  update_session: updateSession,
  all_workspaces: (ctx) => ({ body: workspaceIds(ctx).map((id) => workspaceView(ctx, id)) }),
  workspace: (ctx) => {
    const id = ctx.params.workspace_id as WorkspaceId
    if (!workspaceIds(ctx).includes(id)) throw new FakeApiError(404, `Workspace ${id} not found`)
    return { body: workspaceView(ctx, id) }
  },
  me: (ctx) => ({ body: userView(ctx.user) }),
  user_roles: (ctx) => {
    // Non-admins may read only their own roles; Looker hides the rest behind 404. The `refused`
    // knob hides one's own too, as Looker's own extension code expects (docs/looker-api-behaviour.md).
    if (ctx.params.user_id !== ctx.user.id || ctx.options.behaviour.userRoles === 'refused') {
      throw new FakeApiError(404, `User ${ctx.params.user_id} not found`)
    }
    return { body: rolesView(ctx.user) }
  },
}

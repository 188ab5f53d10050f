/**
 * The users and roles every seed shares: a developer who can deploy (ada), a viewer (vic), a
 * second developer without deploy (grace), whose personal branch ada sees as read-only, and a
 * LookML reader without develop (lin), who sees projects and branches but may change nothing.
 */
import type { RoleRecord, UserRecord } from '../model'

const viewing = ['access_data', 'see_looks', 'see_user_dashboards', 'see_lookml_dashboards']
const exploring = [...viewing, 'explore', 'see_sql', 'download_without_limit']

export const ROLES: RoleRecord[] = [
  {
    id: '2',
    name: 'Developer',
    permissionSetId: '3',
    permissionSetName: 'Developer',
    permissions: [...exploring, 'see_lookml', 'develop', 'deploy', 'use_sql_runner'],
  },
  {
    id: '3',
    name: 'Viewer',
    permissionSetId: '4',
    permissionSetName: 'Viewer',
    permissions: viewing,
  },
  {
    id: '4',
    name: 'Branch Developer',
    permissionSetId: '5',
    permissionSetName: 'Branch Developer',
    permissions: [...exploring, 'see_lookml', 'develop'],
  },
  {
    id: '5',
    name: 'LookML Reader',
    permissionSetId: '6',
    permissionSetName: 'LookML Reader',
    permissions: [...exploring, 'see_lookml'],
  },
]

export const USERS: UserRecord[] = [
  {
    key: 'ada',
    id: '1',
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    clientId: 'ada',
    clientSecret: 'ada-secret',
    roleIds: ['2'],
  },
  {
    key: 'vic',
    id: '2',
    firstName: 'Vic',
    lastName: 'Viewer',
    email: 'vic@example.com',
    clientId: 'vic',
    clientSecret: 'vic-secret',
    roleIds: ['3'],
  },
  {
    key: 'grace',
    id: '3',
    firstName: 'Grace',
    lastName: 'Hopper',
    email: 'grace@example.com',
    clientId: 'grace',
    clientSecret: 'grace-secret',
    roleIds: ['4'],
  },
  {
    key: 'lin',
    id: '4',
    firstName: 'Lin',
    lastName: 'Reader',
    email: 'lin@example.com',
    clientId: 'lin',
    clientSecret: 'lin-secret',
    roleIds: ['5'],
  },
]

/** Finds a user by handle ('ada') or API id ('1'). */
export function findUser(keyOrId: string): UserRecord | undefined {
  return USERS.find((u) => u.key === keyOrId || u.id === keyOrId)
}

/** The roles of a user. */
export function rolesOf(user: UserRecord): RoleRecord[] {
  return ROLES.filter((r) => user.roleIds.includes(r.id))
}

/** The union of a user's role permissions. */
export function permissionsOf(user: UserRecord): Set<string> {
  return new Set(rolesOf(user).flatMap((r) => r.permissions))
}

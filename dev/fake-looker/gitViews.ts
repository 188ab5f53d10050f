/**
 * Git state as Looker shows it: dev clones (created on a developer's first use), and the
 * `GitBranch` / `ProjectWorkspace` bodies for a user in a workspace (docs/looker-api-behaviour.md "git_status", "Sessions, branches and the rest").
 */
import { FakeApiError } from './errors'
import {
  aheadBehind,
  personalBranchName,
  type DevClone,
  type FakeState,
  type ProjectRecord,
  type UserRecord,
} from './model'
import { USERS } from './seeds'
import { SEED_AGE_SHIFT } from './seeds/builder'
import type { WorkspaceId } from './types'

/** A commit's date as answered: in the seeds' present, which is today (SEED_AGE_SHIFT). */
const shownAt = (at: number | undefined) => (at === undefined ? null : at + SEED_AGE_SHIFT)

/** The project, or 404 (Looker also answers 404 for projects the caller may not see). */
export function getProject(state: FakeState, id: string): ProjectRecord {
  const project = state.projects[id]
  if (!project) throw new FakeApiError(404, `Project ${id} not found`)
  return project
}

/** The user's dev copy of a git project; the first use clones it onto their personal branch. */
export function ensureClone(state: FakeState, user: UserRecord, project: ProjectRecord): DevClone {
  const mine = (state.clones[user.key] ??= {})
  const existing = mine[project.id]
  if (existing) return existing
  const personal = personalBranchName(user)
  const prodSha = project.remote[project.productionBranch]!
  project.remote[personal] ??= prodSha
  const clone: DevClone = {
    current: personal,
    local: { [project.productionBranch]: prodSha, [personal]: project.remote[personal]! },
    dirty: null,
  }
  mine[project.id] = clone
  return clone
}

/** The owner of a personal branch (any known user's `dev-…` name), or null. */
export function personalOwner(name: string): UserRecord | null {
  return USERS.find((u) => personalBranchName(u) === name) ?? null
}

export interface GitBranchBody {
  can: Record<string, boolean>
  name: string | null
  remote: string | null
  remote_name: string | null
  error: string | null
  message: string | null
  owner_name: string | null
  readonly: boolean
  personal: boolean
  is_local: boolean
  is_remote: boolean
  is_production: boolean
  ahead_count: number | null
  behind_count: number | null
  commit_at: number | null
  ref: string | null
  remote_ref: string | null
}

/** The fields every recorded GitBranch has with the same values (owner_name always null, personal branches included). */
function fixedFields(name: string) {
  return {
    can: {},
    name,
    remote: 'origin',
    remote_name: name,
    error: null,
    message: null,
    owner_name: null,
  }
}

/** A branch as seen from a user's dev clone; null when neither the clone nor origin has it. */
export function devBranchView(
  project: ProjectRecord,
  clone: DevClone,
  user: UserRecord,
  name: string
): GitBranchBody | null {
  const local = clone.local[name]
  const remote = project.remote[name]
  if (local === undefined && remote === undefined) return null
  const owner = personalOwner(name)
  const isProduction = name === project.productionBranch
  // Counts exist only when the branch is both in the clone and on origin: local-only and
  // remote-only branches show null, and a remote-only branch has no (local) ref (recorded).
  const counts =
    remote === undefined || local === undefined
      ? { ahead: null, behind: null }
      : aheadBehind(project.commits, local, remote)
  return {
    ...fixedFields(name),
    readonly: isProduction || (owner !== null && owner.key !== user.key),
    personal: owner !== null,
    is_local: local !== undefined,
    is_remote: remote !== undefined,
    is_production: isProduction,
    ahead_count: counts.ahead,
    behind_count: counts.behind,
    commit_at: shownAt(project.commits[(local ?? remote)!]?.at),
    ref: local ?? null,
    remote_ref: remote ?? null,
  }
}

/** The production checkout as a production session sees it (observed shape, 5.7). */
export function productionBranchView(project: ProjectRecord): GitBranchBody {
  const { name, sha } = project.production
  return {
    ...fixedFields(name),
    readonly: false,
    personal: false,
    is_local: true,
    is_remote: true,
    is_production: true,
    ahead_count: 0,
    behind_count: 0,
    commit_at: shownAt(project.commits[sha]?.at),
    ref: sha,
    remote_ref: sha,
  }
}

/**
 * Every branch the session can see. Production: sorted by name. Development: the clone's local
 * branches first, then the remote-only ones, each part in ASCII order (recorded listings).
 */
export function listBranches(
  state: FakeState,
  user: UserRecord,
  project: ProjectRecord,
  workspace: WorkspaceId
): GitBranchBody[] {
  if (!project.usesGit) return []
  if (workspace === 'production') {
    const prod = productionBranchView(project)
    const others = Object.keys(project.remote)
      .filter((n) => n !== prod.name)
      .map((n) => remoteOnlyView(project, n))
    return [prod, ...others].sort(byName)
  }
  const clone = ensureClone(state, user, project)
  const local = Object.keys(clone.local).sort(ascii)
  const remoteOnly = Object.keys(project.remote)
    .filter((n) => clone.local[n] === undefined)
    .sort(ascii)
  return [...local, ...remoteOnly].map((n) => devBranchView(project, clone, user, n)!)
}

/** The session's current branch. */
export function currentBranch(
  state: FakeState,
  user: UserRecord,
  project: ProjectRecord,
  workspace: WorkspaceId
): GitBranchBody {
  if (!project.usesGit) throw new FakeApiError(404, `Project ${project.id} does not use git`)
  if (workspace === 'production') return productionBranchView(project)
  const clone = ensureClone(state, user, project)
  return devBranchView(project, clone, user, clone.current)!
}

function remoteOnlyView(project: ProjectRecord, name: string): GitBranchBody {
  const sha = project.remote[name]!
  return {
    ...productionBranchView(project),
    name,
    remote_name: name,
    readonly: true, // production files are read-only
    personal: personalOwner(name) !== null,
    is_local: false,
    is_production: false,
    commit_at: shownAt(project.commits[sha]?.at),
    ref: sha,
    remote_ref: sha,
  }
}

function ascii(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0
}

function byName(a: GitBranchBody, b: GitBranchBody): number {
  return ascii(a.name ?? '', b.name ?? '')
}

/**
 * The fake Looker's state (docs/looker-api-behaviour.md "Sessions, branches and the rest"): users are static, everything that changes lives
 * in one JSON-serialisable `FakeState` so it can be saved to `statePath` and restored.
 */
import { createHash } from 'crypto'
import type { WorkspaceId } from './types'

/** A user of the fake instance. `key` ('ada') is the handle used by test hooks, faults and the log. */
export interface UserRecord {
  key: string
  id: string
  firstName: string
  lastName: string
  email: string
  clientId: string
  clientSecret: string
  roleIds: string[]
}

/** A role: one permission set over all models (the fake has no model-specific permissions). */
export interface RoleRecord {
  id: string
  name: string
  permissionSetId: string
  permissionSetName: string
  permissions: string[]
}

export interface Commit {
  sha: string
  parent: string | null
  /** UNIX seconds. */
  at: number
  /** Which LookML this commit holds, e.g. `ecommerce@prod` (see `lookml/`). */
  variant: string
  message: string
}

export interface ProjectRecord {
  id: string
  usesGit: boolean
  remoteUrl: string | null
  productionBranch: string
  pullRequestMode: 'off' | 'links' | 'recommended' | 'required'
  validationRequired: boolean
  allowWarnings: boolean
  gitReleaseMgmtEnabled: boolean
  /** `is_git_dev_locked`: Looker has locked development git actions on this repository. */
  gitDevLocked?: boolean
  /**
   * What Git Diagnose & Repair finds in this repository (check names of handlers/diagnostics.ts),
   * in every copy (developers' and production); repair clears the ones it can fix.
   */
  gitIssues?: string[]
  /** The manifest's imports (`manifest` -> `imports`); none by default. */
  imports?: Array<{ name: string; url: string | null; ref: string | null; isRemote: boolean }>
  /** `dependency_status` of the project and its workspaces; `install_none` by default. */
  dependencyStatus?: 'lock_optional' | 'lock_required' | 'lock_error' | 'install_none'
  /** Every commit any clone or the remote knows, by sha. */
  commits: Record<string, Commit>
  /** The remote (`origin`): branch name -> sha. */
  remote: Record<string, string>
  /** What production runs: the production branch, or `__LOOKER_PROD_<sha>` after a ref deploy. */
  production: { name: string; sha: string }
  /** For projects without git: the LookML both workspaces see. */
  bareVariant: string
  /** Installed from the Marketplace (read-only): the repository and commit it came from. */
  marketplace?: { repository: string; commit: string }
}

/** One user's dev copy of one project, shared by all of that user's tokens (S3). */
export interface DevClone {
  current: string
  /** Local branches: name -> sha. */
  local: Record<string, string>
  /** Uncommitted changes on the current branch, with the LookML the working copy holds. */
  dirty: { files: string[]; variant: string } | null
}

/** One run of Git Diagnose & Repair: whose, which copy, and how far it got. */
export interface GitDiagnosticRecord {
  id: string
  projectId: string
  userId: string
  projectType: 'developer' | 'production'
  /** `running` until it is first read, then `complete`; what each check found. */
  state: 'running' | 'complete'
  createdAt: string
  found: Record<string, 'not_detected' | 'detected' | 'repaired' | 'failed'>
}

export interface FakeState {
  seed: string
  projects: Record<string, ProjectRecord>
  /** userKey -> projectId -> clone; created on first use by a developer. */
  clones: Record<string, Record<string, DevClone>>
  /** Session-mode 'ui': each user's sticky UI workspace. */
  uiWorkspace: Record<string, WorkspaceId>
  /** Git diagnostic reports by id (Diagnose & Repair, 26.12+); made on first use. */
  gitDiagnosticReports?: Record<string, GitDiagnosticRecord>
  /** Clock for commits made by the fake (UNIX seconds), so new commits sort after seeded ones. */
  clock: number
}

/** Deterministic 40-hex sha for seeded and fake-made commits. */
export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** `dev-<first>-<last>-<4 hex>`, the observed shape of Looker personal branch names. */
export function personalBranchName(user: UserRecord): string {
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  return `dev-${slug(user.firstName)}-${slug(user.lastName)}-${sha1(`personal:${user.key}`).slice(0, 4)}`
}

function ancestors(commits: Record<string, Commit>, sha: string): Set<string> {
  const seen = new Set<string>()
  let at: string | null = sha
  while (at && !seen.has(at)) {
    seen.add(at)
    at = commits[at]?.parent ?? null
  }
  return seen
}

/** Commits `local` has that `remote` lacks, and the reverse (single-parent history). */
export function aheadBehind(
  commits: Record<string, Commit>,
  local: string,
  remote: string
): { ahead: number; behind: number } {
  const a = ancestors(commits, local)
  const b = ancestors(commits, remote)
  let ahead = 0
  let behind = 0
  a.forEach((s) => {
    if (!b.has(s)) ahead++
  })
  b.forEach((s) => {
    if (!a.has(s)) behind++
  })
  return { ahead, behind }
}

/** True when `descendant` contains `ancestor` (a push from one to the other is a fast-forward). */
export function isAncestor(
  commits: Record<string, Commit>,
  ancestor: string,
  descendant: string
): boolean {
  return ancestors(commits, descendant).has(ancestor)
}

/** Adds a commit on top of `parent` and returns its sha. */
export function addCommit(
  project: ProjectRecord,
  parent: string | null,
  at: number,
  variant: string,
  message: string
): string {
  const sha = sha1(`${project.id}:${parent ?? 'root'}:${at}:${message}`)
  project.commits[sha] = { sha, parent, at, variant, message }
  return sha
}

/** Domain types for projects and git, mapped once in projectMappers.ts. */
import type { WorkspaceId } from './types'

export type PullRequestMode = 'off' | 'links' | 'recommended' | 'required'

/** A LookML project and its policies, as `all_projects` / `project` report them. */
export interface Project {
  id: string
  name: string
  usesGit: boolean
  productionBranchName: string
  /** The git remote, e.g. `git@github.com:acme/shop.git`; null without git. */
  remoteUrl: string | null
  pullRequestMode: PullRequestMode
  validationRequired: boolean
  allowWarnings: boolean
  /** Looker's `can` map (semantics undocumented: hints, e.g. `update: false`). */
  can: Record<string, boolean>
  /**
   * The project's development git repository is locked: every git action fails until it is
   * unlocked (`is_git_dev_locked`, in the API since 26.12; false when Looker does not say).
   */
  isGitDevLocked: boolean
  /**
   * The project has been pushed to production (`has_production_counterpart`, since 26.12); null
   * when Looker does not say.
   */
  hasProductionCounterpart: boolean | null
}

/** Which kind of branch the session is on: Looker's production branch, a personal or a shared one. */
export type BranchKind = 'production' | 'personal' | 'shared'

/** One git branch, as Looker sees it from the session's workspace. */
export interface Branch {
  name: string
  /** True for the branch the session has checked out. */
  isCurrent: boolean
  isProduction: boolean
  isPersonal: boolean
  isReadOnly: boolean
  /** In the user's dev clone. */
  isLocal: boolean
  /** On the remote (`origin`). */
  isRemote: boolean
  /** Commits ahead of / behind the remote; null when there is no remote-tracking ref. */
  ahead: number | null
  behind: number | null
  /** Last commit, UNIX seconds. */
  commitAt: number | null
  /** The commit SHA the branch points at. */
  ref: string | null
  remoteRef: string | null
  /**
   * GitBranch `message`: "Message describing an error if present" (Looker's API reference), so
   * it goes with `error`; it is not the commit message, which Looker does not give.
   */
  message: string | null
  /** Always null on recorded Looker answers, personal branches included; shown when given. */
  ownerName: string | null
  /** A git error Looker attached to the branch (e.g. a merge conflict). */
  error: string | null
  can: Record<string, boolean>
}

/** The git state of a project in plain words, most urgent first. */
export type GitStateKind =
  | 'conflict'
  | 'uncommitted'
  | 'diverged'
  | 'behind'
  | 'ahead'
  | 'localOnly'
  | 'upToDate'
  | 'noGit'
  | 'unknown'

export interface GitState {
  kind: GitStateKind
  ahead: number | null
  behind: number | null
  /** Looker's own `git_status` text (its values are undocumented), for `unknown`. */
  lookerStatus: string | null
}

/** A project in the session's workspace: its checked-out branch and git state. */
export interface ProjectState {
  projectId: string
  workspaceId: WorkspaceId | null
  /** Null for a project without git. */
  branch: Branch | null
  branchKind: BranchKind | null
  git: GitState
}

/** Every branch of a project, read together with the project's state (which names the current one). */
export interface ProjectBranches {
  state: ProjectState
  /**
   * In Looker's order: in Development Mode the local branches first, then the remote-only ones
   * (no local ref, no counts), each part by name; views sort them themselves. `isCurrent` marks
   * the checked-out branch.
   */
  branches: Branch[]
}

/** One project a manifest imports (`manifest` -> `imports`). */
export interface ImportedProject {
  name: string
  /** The remote dependency's git URL; null for a local import. */
  url: string | null
  /** The remote dependency's ref (a tag, branch or commit); null for a local import. */
  ref: string | null
  isRemote: boolean
}

/**
 * `dependency_status` of `project_workspace` (API 4.0 enum): `lock_optional`, `lock_required`,
 * `lock_error`, `install_none`; other text is kept as Looker wrote it.
 */
export type DependencyStatus = 'lock_optional' | 'lock_required' | 'lock_error' | 'install_none'

/** A project's imports and Looker's word on their lock, in the session's workspace. */
export interface ProjectImports {
  imports: ImportedProject[]
  dependencyStatus: DependencyStatus | string | null
}

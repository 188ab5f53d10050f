/** SDK project and git models (all optional) to domain types. A gap is an ApiError here. */
import type { IGitBranch, IImportedProject, IProject, IProjectWorkspace } from '@looker/sdk'
import { toGitState } from './gitState'
import { isWorkspaceId, required } from './mappers'
import type {
  Branch,
  BranchKind,
  ImportedProject,
  Project,
  ProjectState,
  PullRequestMode,
} from './projectTypes'

const PR_MODES: readonly string[] = ['off', 'links', 'recommended', 'required']

function canMap(can: unknown): Record<string, boolean> {
  if (!can || typeof can !== 'object') return {}
  return Object.fromEntries(Object.entries(can).filter(([, v]) => typeof v === 'boolean'))
}

/**
 * `Project` as Looker 26.12+ answers it. The pinned SDK (25.20) predates these fields, so they are
 * read from the answer with this type; older Looker leaves them out.
 */
export interface LookerProject extends IProject {
  /** "If true, the project git repository is locked." (API 4.0.26.12) */
  is_git_dev_locked?: boolean | null
  /** "If true the project has been pushed to production." (API 4.0.26.12) */
  has_production_counterpart?: boolean | null
}

export function toProject(p: LookerProject): Project {
  const id = required(p.id, 'a project without an id')
  const mode = p.pull_request_mode ?? 'off'
  return {
    id,
    name: p.name || id,
    usesGit: p.uses_git ?? false,
    productionBranchName: p.git_production_branch_name || 'master',
    remoteUrl: p.git_remote_url || null,
    pullRequestMode: (PR_MODES.includes(mode) ? mode : 'off') as PullRequestMode,
    validationRequired: p.validation_required ?? false,
    allowWarnings: p.allow_warnings ?? true,
    can: canMap(p.can),
    isGitDevLocked: p.is_git_dev_locked === true,
    hasProductionCounterpart:
      typeof p.has_production_counterpart === 'boolean' ? p.has_production_counterpart : null,
  }
}

const count = (n: number | null | undefined) => (typeof n === 'number' ? n : null)

/** A branch; `currentName` marks the checked-out one. */
export function toBranch(b: IGitBranch, currentName: string | null): Branch {
  const name = required(b.name, 'a git branch without a name')
  return {
    name,
    isCurrent: name === currentName,
    isProduction: b.is_production ?? false,
    isPersonal: b.personal ?? false,
    isReadOnly: b.readonly ?? false,
    isLocal: b.is_local ?? false,
    isRemote: b.is_remote ?? false,
    ahead: count(b.ahead_count),
    behind: count(b.behind_count),
    commitAt: count(b.commit_at),
    ref: b.ref || null,
    remoteRef: b.remote_ref || null,
    message: b.message || null,
    ownerName: b.owner_name || null,
    error: b.error || null,
    can: canMap(b.can),
  }
}

export function branchKind(b: Branch): BranchKind {
  return b.isProduction ? 'production' : b.isPersonal ? 'personal' : 'shared'
}

/** The project's state in the session's workspace (`project_workspace`). */
export function toProjectState(projectId: string, pw: IProjectWorkspace): ProjectState {
  const raw = pw.git_branch
  const branch = raw?.name ? toBranch(raw, raw.name) : null
  const workspaceId = isWorkspaceId(pw.workspace_id) ? pw.workspace_id : null
  return {
    projectId,
    workspaceId,
    branch,
    branchKind: branch ? branchKind(branch) : null,
    git: toGitState(pw.git_status ?? null, branch),
  }
}

/** One import of a manifest; a nameless one is an ApiError. */
export function toImportedProject(i: IImportedProject): ImportedProject {
  return {
    name: required(i.name, 'an imported project without a name'),
    url: i.url || null,
    ref: i.ref || null,
    isRemote: i.is_remote ?? false,
  }
}

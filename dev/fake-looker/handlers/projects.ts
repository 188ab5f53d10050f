/**
 * Projects (docs/looker-api-behaviour.md "Projects"): `all_projects`, `project`, `manifest`, `project_workspace`,
 * `all_git_connection_tests`, `run_git_connection_test`.
 */
import type { HandlerContext, HandlerTable } from '../context'
import { FakeApiError } from '../errors'
import { aheadBehind, type FakeState, type ProjectRecord } from '../model'
import { currentBranch, ensureClone, getProject } from '../gitViews'
import type { LookerBehaviour } from '../profiles'
import type { WorkspaceId } from '../types'

/** Projects are visible to users who may see LookML (others get [] and 404s). */
export function canSeeProjects(permissions: Set<string>): boolean {
  return permissions.has('see_lookml') || permissions.has('develop')
}

/** The `Project` body, with `can` keys as in the recorded fixture (semantics unverified). */
export function projectView(
  project: ProjectRecord,
  permissions: Set<string>,
  behaviour: LookerBehaviour
) {
  // A Marketplace project is read-only: nobody edits, validates or deploys it.
  const develop = permissions.has('develop') && !project.marketplace
  const deploy = permissions.has('deploy') && !project.marketplace
  return {
    can: {
      index: true,
      show: true,
      show_manifest: true,
      show_branches: project.usesGit,
      update: develop,
      validate: develop,
      view_git_deploy_key: develop,
      link_to_service: false,
      deploy_ref_to_production: deploy && project.usesGit,
      webhook_deploy: deploy && project.usesGit,
    },
    id: project.id,
    name: project.id,
    uses_git: project.usesGit,
    git_remote_url: project.remoteUrl,
    git_username: null,
    git_password: null,
    git_production_branch_name: project.productionBranch,
    use_git_cookie_auth: false,
    git_username_user_attribute: null,
    git_password_user_attribute: null,
    git_service_name: project.usesGit ? 'github' : null,
    git_application_server_http_port: null,
    git_application_server_http_scheme: null,
    deploy_secret: null,
    unset_deploy_secret: false,
    pull_request_mode: project.pullRequestMode,
    validation_required: project.validationRequired,
    git_release_mgmt_enabled: project.gitReleaseMgmtEnabled,
    allow_warnings: project.allowWarnings,
    is_example: false,
    dependency_status: project.dependencyStatus ?? 'install_none',
    // In the API since 26.12 (absent from the 25.20 SDK's model): a locked development repository.
    ...(behaviour.projectFields2612 && {
      is_git_dev_locked: behaviour.gitDevLocked.includes(project.id) || !!project.gitDevLocked,
      has_production_counterpart: true,
    }),
  }
}

/** 403 for a viewer's `all_projects` / `project`, as API 4.0 documents (`viewerProjects`). */
function viewerRefusal(ctx: HandlerContext): FakeApiError | null {
  if (canSeeProjects(ctx.permissions) || ctx.options.behaviour.viewerProjects !== '403') return null
  return new FakeApiError(403, 'Permission Denied')
}

/** A visible project, or 404. */
export function visibleProject(ctx: HandlerContext): ProjectRecord {
  if (!canSeeProjects(ctx.permissions)) {
    throw new FakeApiError(404, `Project ${ctx.params.project_id} not found`)
  }
  return getProject(ctx.state, ctx.params.project_id!)
}

type GitWord = 'clean' | 'uncommitted_changes' | 'local_only' | 'diverged' | 'ahead' | 'behind'

/**
 * `git_status` is free text in Looker with no documented vocabulary (no recorded sample). The
 * `tokens` profile says the word itself; `sentences` says it the way Looker's IDE git panel words
 * its buttons, which the app has never been taught (docs/looker-api-behaviour.md "git_status").
 */
const SENTENCES: Record<GitWord, string> = {
  clean: 'Up to date',
  uncommitted_changes: 'Commit Changes & Push',
  local_only: 'Push Branch to Remote',
  diverged: 'Pull and Push Changes',
  ahead: 'Push Changes',
  behind: 'Pull Remote Changes',
}

function gitWord(state: FakeState, ctx: HandlerContext, project: ProjectRecord): GitWord {
  if (ctx.workspace === 'production') return 'clean'
  const clone = ensureClone(state, ctx.user, project)
  if (clone.dirty) return 'uncommitted_changes'
  const remote = project.remote[clone.current]
  if (remote === undefined) return 'local_only'
  const { ahead, behind } = aheadBehind(project.commits, clone.local[clone.current]!, remote)
  if (ahead && behind) return 'diverged'
  return ahead ? 'ahead' : behind ? 'behind' : 'clean'
}

function gitStatus(state: FakeState, ctx: HandlerContext, project: ProjectRecord): string | null {
  if (!project.usesGit) return null
  const { gitStatusText, gitStatusWords } = ctx.options.behaviour
  if (gitStatusText !== null && ctx.workspace === 'dev') return gitStatusText
  const word = gitWord(state, ctx, project)
  return gitStatusWords === 'sentences' ? SENTENCES[word] : word
}

/** `ProjectWorkspace` for the session's workspace. */
export function projectWorkspaceView(ctx: HandlerContext, project: ProjectRecord, ws: WorkspaceId) {
  const branch = project.usesGit ? currentBranch(ctx.state, ctx.user, project, ws) : null
  return {
    can: {},
    project_id: project.id,
    workspace_id: ws,
    git_status: gitStatus(ctx.state, { ...ctx, workspace: ws }, project),
    git_head: branch?.ref ?? null,
    dependency_status: project.dependencyStatus ?? 'install_none',
    git_branch: !branch
      ? emptyBranch()
      : ctx.options.behaviour.workspaceBranch === 'null'
        ? null
        : branch,
    lookml_type: null,
  }
}

/** What a project without git reports as its branch: every field present, nothing set. */
function emptyBranch() {
  return {
    can: {},
    name: null,
    remote: null,
    remote_name: null,
    error: null,
    message: null,
    owner_name: null,
    readonly: false,
    personal: false,
    is_local: false,
    is_remote: false,
    is_production: false,
    ahead_count: null,
    behind_count: null,
    commit_at: null,
    ref: null,
    remote_ref: null,
  }
}

const CONNECTION_TESTS = [
  { id: 'git_remote_url', description: 'Checking the remote URL' },
  { id: 'git_host_resolves', description: 'Resolving the git host' },
  { id: 'git_host_reachable', description: 'Connecting to the git host' },
  { id: 'git_read_access', description: 'Reading from the repository' },
  { id: 'git_write_access', description: 'Writing to the repository' },
]

/**
 * finance's deploy key was added to the repository without write access: reading works, pushing
 * (and so deploying) would fail. The message is the fake's, shaped like git's own refusal.
 */
const FAILING_CREDENTIALS: Record<string, { test: string; message: string }> = {
  finance: {
    test: 'git_write_access',
    message:
      'Writing to the repository failed: ERROR: The key you are authenticating with has been ' +
      'marked as read only. Give the deploy key write access in the git host.',
  },
}

export const projectHandlers: HandlerTable = {
  all_projects: (ctx) => {
    const refused = viewerRefusal(ctx)
    if (refused) throw refused
    return {
      body: canSeeProjects(ctx.permissions)
        ? Object.values(ctx.state.projects).map((p) =>
            projectView(p, ctx.permissions, ctx.options.behaviour)
          )
        : [],
    }
  },
  project: (ctx) => {
    const refused = viewerRefusal(ctx)
    if (refused) throw refused
    return { body: projectView(visibleProject(ctx), ctx.permissions, ctx.options.behaviour) }
  },
  manifest: (ctx) => {
    const project = visibleProject(ctx)
    return {
      body: {
        can: {},
        name: project.id,
        imports: (project.imports ?? []).map((i) => ({
          name: i.name,
          url: i.url,
          ref: i.ref,
          is_remote: i.isRemote,
        })),
        localization_settings: { default_locale: null, localization_level: null },
      },
    }
  },
  project_workspace: (ctx) => ({
    body: projectWorkspaceView(ctx, visibleProject(ctx), ctx.workspace),
  }),
  all_git_connection_tests: (ctx) => {
    const project = visibleProject(ctx)
    if (!project.usesGit) return { body: [] }
    return { body: CONNECTION_TESTS.map((t) => ({ can: {}, ...t })) }
  },
  run_git_connection_test: (ctx) => {
    const project = visibleProject(ctx)
    const test = CONNECTION_TESTS.find((t) => t.id === ctx.params.test_id)
    if (!project.usesGit || !test)
      throw new FakeApiError(404, `Test ${ctx.params.test_id} not found`)
    const refused = FAILING_CREDENTIALS[project.id]
    if (refused && refused.test === test.id) {
      return { body: { can: {}, id: test.id, message: refused.message, status: 'fail' } }
    }
    return { body: { can: {}, id: test.id, message: `${test.description}: OK`, status: 'pass' } }
  },
}

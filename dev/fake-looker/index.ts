/**
 * The fake Looker core: `createFakeLooker(options)` answers Looker API 4.0 requests in process.
 * Users (seeds/users.ts): ada (develop, deploy), vic (view only), grace (develop, no deploy);
 * credentials `<name>` / `<name>-secret`. Seeds: 'demo' (seeds/demo.ts) and 'large'.
 */
import { existsSync, readFileSync } from 'fs'
import type { HandlerTable } from './context'
import { failure } from './hooks'
import { Core, type ResolvedOptions } from './core'
import { ensureClone } from './gitViews'
import { branchHandlers } from './handlers/branches'
import { contentHandlers } from './handlers/content'
import { deployHandlers } from './handlers/deploy'
import { diagnosticHandlers } from './handlers/diagnostics'
import { projectHandlers } from './handlers/projects'
import { queryHandlers } from './handlers/queries'
import { sessionHandlers } from './handlers/session'
import { createQueryService, type QueryServiceOptions } from './lookml'
import type { FakeState } from './model'
import { behaviourOf } from './profiles'
import { buildSeed, findUser, permissionsOf } from './seeds'
import { newProject } from './seeds/builder'
import type { LiveVariant, LookmlSource } from './lookml'
import type { FakeLooker, FakeLookerOptions, WorkspaceId } from './types'

export type { FakeLooker, FakeLookerOptions } from './types'
export type { HandlerTable } from './context'

/*
 * The git core as the LookML engine sees it (`lookml/types.ts`): `liveVariants(userId, workspace)`
 * gives, for user 'ada' (or API id '1'), each project's LookML variant. Production: the production
 * checkout's commit. Dev: the user's checked-out branch, or the working copy's variant when it has
 * uncommitted changes (`dirty: true`). `canDevelop(userId)`: has the `develop` permission.
 */

/** The core plus the hooks the server, the host emulator and the LookML engine use. */
export interface FakeLookerCore extends FakeLooker, Required<LookmlSource> {
  /** Adds or overrides operation handlers (the LookML/query engine registers its own). */
  register(table: HandlerTable): void
  /** The live state (read it in tests; mutate only through requests or the hooks). */
  readonly state: FakeState
  /** Test hook: gives the user uncommitted changes in their dev copy of a project. */
  editFiles(userId: string, projectId: string, files: string[], variantKey?: string): void
  /** The database connections an installer may choose (Marketplace constants). */
  readonly connections: string[]
  /**
   * What a Marketplace install does to Looker: a read-only project pinned at the installed commit
   * (replacing an earlier install of the same listing).
   */
  installMarketplaceProject(projectId: string, repository: string, commit: string): void
}

/** The fake instance's database connections. */
export const FAKE_CONNECTIONS = ['thelook', 'warehouse']

function resolveOptions(options: FakeLookerOptions): ResolvedOptions {
  return {
    seed: options.seed ?? 'demo',
    sessionMode: options.sessionMode ?? 'token',
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
    latencyMs: options.latencyMs ?? 0,
    devDenied: options.devDenied ?? 'error',
    html404: options.html404 ?? true,
    statePath: options.statePath,
    lookerVersion: options.lookerVersion ?? '26',
    behaviour: behaviourOf(options.lookerVersion, options.behaviour),
  }
}

/** The saved state when `statePath` holds one for the same seed, else a fresh seed. */
function loadState(opts: ResolvedOptions): FakeState {
  if (opts.statePath && existsSync(opts.statePath)) {
    const saved = JSON.parse(readFileSync(opts.statePath, 'utf8')) as FakeState
    if (saved.seed === opts.seed) return saved
  }
  return buildSeed(opts.seed)
}

function requireUser(userId: string) {
  const user = findUser(userId)
  if (!user) throw new Error(`Unknown user "${userId}"`)
  return user
}

/** Creates an in-process fake Looker; `queryOptions` tune the LookML query engine. */
export async function createFakeLooker(
  options: FakeLookerOptions = {},
  queryOptions: QueryServiceOptions = {}
): Promise<FakeLookerCore> {
  const opts = resolveOptions(options)
  const state = loadState(opts)
  const core = new Core(state, opts, {
    ...sessionHandlers,
    ...projectHandlers,
    ...diagnosticHandlers,
    ...branchHandlers,
    ...deployHandlers,
    ...contentHandlers,
  })
  core.persist()

  const liveVariants = (userId: string, workspace: WorkspaceId): LiveVariant[] => {
    const user = requireUser(userId)
    const dev = workspace === 'dev' && permissionsOf(user).has('develop')
    return Object.values(state.projects).map((project) => {
      if (!project.usesGit) return { projectId: project.id, variantKey: project.bareVariant }
      if (!dev) {
        const variantKey = project.commits[project.production.sha]!.variant
        return { projectId: project.id, variantKey }
      }
      const clone = ensureClone(state, user, project)
      if (clone.dirty)
        return { projectId: project.id, variantKey: clone.dirty.variant, dirty: true }
      const variantKey = project.commits[clone.local[clone.current]!]!.variant
      return { projectId: project.id, variantKey }
    })
  }

  const canDevelop = (userId: string) => permissionsOf(requireUser(userId)).has('develop')
  const queries = createQueryService(
    { liveVariants, canDevelop },
    { behaviour: () => opts.behaviour, ...queryOptions }
  )
  core.register(queryHandlers(queries))

  return {
    handle: (req) => core.handle(req),
    loginAs: (userId) => core.tokens.issue(requireUser(userId).key).token,
    setUserWorkspace: (userId, workspace) =>
      core.sessions.setUser(requireUser(userId).key, workspace),
    addFault: (fault) => core.addFault(fault),
    clearFaults: () => core.faults.clear(),
    intercept: (operation, hook) => core.hooks.intercept(operation, hook),
    hold: (operation) => core.hooks.hold(operation),
    fail: (operation, status, message, times) =>
      core.addFault(failure(operation, status, message, times)),
    answer: (operation, body) => core.hooks.answer(operation, body),
    setBehaviour: (overrides) => Object.assign(opts.behaviour, overrides),
    log: core.log,
    close: async () => {
      queries.close()
      core.persist()
    },
    register: (table) => core.register(table),
    state,
    liveVariants,
    canDevelop,
    connections: FAKE_CONNECTIONS,
    installMarketplaceProject: (projectId, repository, commit) => {
      const project = newProject(projectId, 1)
      project.remoteUrl = repository
      project.marketplace = { repository, commit }
      state.projects[projectId] = project
      for (const clones of Object.values(state.clones)) delete clones[projectId]
      core.persist()
    },
    editFiles: (userId, projectId, files, variantKey) => {
      const project = state.projects[projectId]
      if (!project?.usesGit) throw new Error(`No git project "${projectId}"`)
      const clone = ensureClone(state, requireUser(userId), project)
      const base = project.commits[clone.local[clone.current]!]!.variant
      clone.dirty = { files, variant: variantKey ?? clone.dirty?.variant ?? base }
      core.persist()
    },
  }
}

/**
 * The query service the router calls. Every method takes `(userId, workspace, ...)`: the workspace
 * is the session's, or 'production' when the request had `force_production=true` (the router
 * decides). Models resolve through `LookmlSource.liveVariants(userId, workspace)`, so one query id
 * runs on production or development LookML depending only on that workspace.
 */
import { FakeApiError } from '../errors'
import { behaviourOf, type LookerBehaviour } from '../profiles'
import type { WorkspaceId } from '../types'
import { validateContent } from './content'
import { listTests, runTests } from './dataTests'
import { apiExplore, apiModel } from './exploreApi'
import { checkFormat, formatResult, type ResultFormat } from './formats'
import { execute, findExplore, liveModels, liveProject } from './live'
import { QueryStore, type ApiQuery } from './queries'
import { TaskStore } from './tasks'
import type { LookmlSource, RunOptions, RunResult } from './types'
import { projectDigest, validate } from './validation'

export interface QueryServiceOptions {
  /** How long query tasks on a slow explore (`ecommerce::slow_orders`) run; default 45 000. */
  slowQueryMs?: number
  /** Base of `share_url` / `expanded_share_url` (default `https://localhost:9999`). */
  webBaseUrl?: string
  /** The clock relative date filters use (default: the real time). */
  now?: () => Date
  /** The core's version profile and knobs, read at each request (default: profile 26). */
  behaviour?: () => LookerBehaviour
}

export interface ModelListOptions {
  limit?: number
  offset?: number
  exclude_hidden?: boolean
  exclude_empty?: boolean
}

type Json = Record<string, unknown>
type Ws = WorkspaceId

export interface QueryService {
  allLookmlModels(userId: string, workspace: Ws, opts?: ModelListOptions): Json[]
  lookmlModel(userId: string, workspace: Ws, model: string): Json
  lookmlModelExplore(userId: string, workspace: Ws, model: string, explore: string): Json
  createQuery(userId: string, workspace: Ws, body: unknown): ApiQuery
  query(userId: string, workspace: Ws, queryId: string): ApiQuery
  runQuery(
    userId: string,
    workspace: Ws,
    queryId: string,
    format: string,
    opts?: RunOptions
  ): Promise<RunResult>
  runInlineQuery(
    userId: string,
    workspace: Ws,
    format: string,
    body: unknown,
    opts?: RunOptions
  ): Promise<RunResult>
  createQueryTask(userId: string, workspace: Ws, body: unknown, opts?: RunOptions): Json
  queryTask(userId: string, workspace: Ws, taskId: string): Json
  queryTaskResults(userId: string, workspace: Ws, taskId: string): RunResult
  killQueryTask(userId: string, workspace: Ws, taskId: string): void
  allLookmlTests(userId: string, workspace: Ws, projectId: string, fileId?: string): Json[]
  runLookmlTest(
    userId: string,
    workspace: Ws,
    projectId: string,
    params?: { file_id?: string; test?: string; model?: string }
  ): Promise<Json[]>
  validateProject(userId: string, workspace: Ws, projectId: string): Json
  /** The cached validation with `stale`, or null when none ran (the router answers 204). */
  projectValidationResults(userId: string, workspace: Ws, projectId: string): Json | null
  /** Looker's content validator over the saved Looks and dashboards (`project_names` filter). */
  contentValidation(userId: string, workspace: Ws, projectNames: string[]): Json
  /** Stops pending query-task timers. */
  close(): void
}

/** Creates the service over `source` (implemented by the core from git state). */
export function createQueryService(
  source: LookmlSource,
  options: QueryServiceOptions = {}
): QueryService {
  const queries = new QueryStore(options.webBaseUrl ?? 'https://localhost:9999')
  const now = options.now ?? (() => new Date())
  const validations = new Map<string, Json>()
  const fixed = behaviourOf('26')
  const behaviour = options.behaviour ?? (() => fixed)
  const validationKey = (userId: string, ws: Ws, projectId: string) =>
    ws === 'production' ? `production|${projectId}` : `dev|${userId}|${projectId}`

  async function run(
    userId: string,
    ws: Ws,
    query: ApiQuery,
    format: ResultFormat,
    opts: RunOptions = {}
  ): Promise<RunResult> {
    const { unknownFields, sqlErrorAs, devNoteRows } = behaviour()
    const ctx = exploreToRun(userId, ws, query, unknownFields)
    const ex = await execute(ctx, query, {
      limit: opts.limit,
      now: now(),
      sqlOnly: format === 'sql',
      queryId: query.id,
      unknownFields,
      workspace: ws,
    })
    return { ...formatResult(ex, format, sqlErrorAs, devNoteRows), workspace: ws }
  }

  /** A run on an explore this workspace lacks: 400 "View Not Found" where fields are dropped. */
  function exploreToRun(userId: string, ws: Ws, query: ApiQuery, unknown: 'drop' | 'error') {
    try {
      return findExplore(source, userId, ws, query.model, query.view)
    } catch (e) {
      if (unknown === 'drop' && e instanceof FakeApiError && e.status === 404) {
        throw new FakeApiError(400, 'View Not Found')
      }
      throw e
    }
  }

  const tasks = new TaskStore(options.slowQueryMs ?? 45_000, behaviour)

  return {
    allLookmlModels(userId, ws, opts = {}) {
      let models = liveModels(source, userId, ws).map(({ project, model }) =>
        apiModel(project, model)
      )
      if (opts.exclude_hidden) {
        models = models.map((m) => ({
          ...m,
          explores: (m.explores as Json[]).filter((e) => !e.hidden),
        }))
      }
      if (opts.exclude_empty) models = models.filter((m) => (m.explores as Json[]).length > 0)
      const offset = opts.offset ?? 0
      return models.slice(offset, opts.limit === undefined ? undefined : offset + opts.limit)
    },
    lookmlModel(userId, ws, name) {
      const found = liveModels(source, userId, ws).find((m) => m.model.name === name)
      if (!found) throw new FakeApiError(404, `Model "${name}" not found`)
      return apiModel(found.project, found.model)
    },
    lookmlModelExplore(userId, ws, model, explore) {
      const ctx = findExplore(source, userId, ws, model, explore)
      return apiExplore(ctx, source.canDevelop?.(userId) ?? true)
    },
    createQuery: (_userId, _ws, body) => queries.create(body),
    query: (_userId, _ws, id) => queries.get(id),
    async runQuery(userId, ws, id, format, opts) {
      const f = checkFormat(format)
      return run(userId, ws, queries.get(id), f, opts)
    },
    async runInlineQuery(userId, ws, format, body, opts) {
      const f = checkFormat(format)
      // An inline query is created like any other (Looker stores it too), then run.
      return run(userId, ws, queries.create(body), f, opts)
    },
    createQueryTask(userId, ws, body, opts = {}) {
      const b = (body ?? {}) as Json
      if (typeof b.query_id !== 'string' && typeof b.query_id !== 'number') {
        throw new FakeApiError(422, 'Validation Failed', [
          { field: 'query_id', code: 'missing', message: 'This field is required.' },
        ])
      }
      if (typeof b.result_format !== 'string') {
        throw new FakeApiError(422, 'Validation Failed', [
          { field: 'result_format', code: 'missing', message: 'This field is required.' },
        ])
      }
      const format = checkFormat(b.result_format)
      const query = queries.get(String(b.query_id))
      return tasks.create(query, format, ws, { ...opts, ...b }, async () => {
        try {
          const ctx = exploreToRun(userId, ws, query, behaviour().unknownFields)
          const result = await run(userId, ws, query, format, opts)
          // Looker ends a task `error` whenever errors[] has an entry, a fatal: false note too.
          const errors = (result.body as { errors?: unknown[] } | undefined)?.errors
          const failed = Array.isArray(errors) && errors.length > 0
          return { result, slow: ctx.explore.slow === true, failed }
        } catch (e) {
          if (!(e instanceof FakeApiError)) throw e
          return { error: e, slow: false }
        }
      })
    },
    queryTask: (_userId, _ws, id) => tasks.describe(id),
    queryTaskResults: (_userId, _ws, id) => tasks.results(id),
    killQueryTask: (_userId, _ws, id) => tasks.kill(id),
    allLookmlTests(userId, ws, projectId, fileId) {
      return listTests(liveProject(source, userId, ws, projectId).project, fileId)
    },
    runLookmlTest(userId, ws, projectId, params = {}) {
      return runTests(liveProject(source, userId, ws, projectId).project, params)
    },
    validateProject(userId, ws, projectId) {
      const { project, dirty } = liveProject(source, userId, ws, projectId)
      const result = validate(project, dirty)
      validations.set(validationKey(userId, ws, projectId), result)
      return result
    },
    projectValidationResults(userId, ws, projectId) {
      const { project, dirty } = liveProject(source, userId, ws, projectId)
      const cached = validations.get(validationKey(userId, ws, projectId))
      if (!cached) return null
      return { ...cached, stale: cached.project_digest !== projectDigest(project, dirty) }
    },
    contentValidation(userId, ws, projectNames) {
      return validateContent(liveModels(source, userId, ws), projectNames)
    },
    close: () => tasks.close(),
  }
}

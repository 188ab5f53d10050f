/**
 * Routes the LookML, query, data-test and validation operations to the query service in
 * `lookml/` (docs/looker-api-behaviour.md "Query tasks", "Query results", "Data tests"). The workspace is the session's, or production when the request
 * says `force_production=true` (S8); the request log records which one a query ran on.
 */
import type { HandlerContext, HandlerResult, HandlerTable } from '../context'
import type { QueryService, RunResult } from '../lookml'
import type { WorkspaceId } from '../types'
import { visibleProject } from './projects'

const RUN_FLAGS = ['apply_formatting', 'apply_vis', 'cache', 'generate_drill_links', 'cache_only']
const RUN_FLAGS_ALSO = ['force_production', 'rebuild_pdts', 'server_table_calcs']

/** The query-string run options, booleans parsed. */
function runOptions(ctx: HandlerContext): Record<string, unknown> {
  const opts: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(ctx.query)) {
    opts[key] = [...RUN_FLAGS, ...RUN_FLAGS_ALSO].includes(key) ? value === 'true' : value
  }
  return opts
}

function queryWorkspace(ctx: HandlerContext): WorkspaceId {
  return ctx.query.force_production === 'true' ? 'production' : ctx.workspace
}

function answer(ctx: HandlerContext, result: RunResult, ws: WorkspaceId): HandlerResult {
  ctx.noteQueryWorkspace(result.workspace ?? ws)
  return { status: result.status, contentType: result.contentType, body: result.body }
}

function num(v: string | undefined): number | undefined {
  return v === undefined || v === '' ? undefined : Number(v)
}

/** Handlers over `service`; the caller's user id is passed as the handle ('ada'). */
export function queryHandlers(service: QueryService): HandlerTable {
  const u = (ctx: HandlerContext) => ctx.user.key
  return {
    all_lookml_models: (ctx) => ({
      body: service.allLookmlModels(u(ctx), ctx.workspace, {
        limit: num(ctx.query.limit),
        offset: num(ctx.query.offset),
        exclude_hidden: ctx.query.exclude_hidden === 'true',
        exclude_empty: ctx.query.exclude_empty === 'true',
      }),
    }),
    lookml_model: (ctx) => ({
      body: service.lookmlModel(u(ctx), ctx.workspace, ctx.params.lookml_model_name!),
    }),
    lookml_model_explore: (ctx) => ({
      body: service.lookmlModelExplore(
        u(ctx),
        ctx.workspace,
        ctx.params.lookml_model_name!,
        ctx.params.explore_name!
      ),
    }),
    create_query: (ctx) => ({ body: service.createQuery(u(ctx), ctx.workspace, ctx.body) }),
    query: (ctx) => ({ body: service.query(u(ctx), ctx.workspace, ctx.params.query_id!) }),
    run_query: async (ctx) => {
      const ws = queryWorkspace(ctx)
      const { query_id, result_format } = ctx.params
      const result = await service.runQuery(u(ctx), ws, query_id!, result_format!, runOptions(ctx))
      return answer(ctx, result, ws)
    },
    run_inline_query: async (ctx) => {
      const ws = queryWorkspace(ctx)
      const format = ctx.params.result_format!
      const result = await service.runInlineQuery(u(ctx), ws, format, ctx.body, runOptions(ctx))
      return answer(ctx, result, ws)
    },
    create_query_task: (ctx) => {
      const ws = queryWorkspace(ctx)
      ctx.noteQueryWorkspace(ws)
      return { body: service.createQueryTask(u(ctx), ws, ctx.body, runOptions(ctx)) }
    },
    query_task: (ctx) => ({
      body: service.queryTask(u(ctx), ctx.workspace, ctx.params.query_task_id!),
    }),
    query_task_results: (ctx) => {
      const result = service.queryTaskResults(u(ctx), ctx.workspace, ctx.params.query_task_id!)
      // The log says which models the delivered rows came from (the task's, not the session's).
      if (result.status === 200 && result.workspace) ctx.noteQueryWorkspace(result.workspace)
      return { status: result.status, contentType: result.contentType, body: result.body }
    },
    kill_query: (ctx) => {
      service.killQueryTask(u(ctx), ctx.workspace, ctx.params.query_task_id!)
      return { status: 204 }
    },
    all_lookml_tests: (ctx) => ({
      body: service.allLookmlTests(
        u(ctx),
        ctx.workspace,
        visibleProject(ctx).id,
        ctx.query.file_id
      ),
    }),
    run_lookml_test: async (ctx) => ({
      body: await service.runLookmlTest(u(ctx), ctx.workspace, visibleProject(ctx).id, {
        file_id: ctx.query.file_id,
        test: ctx.query.test,
        model: ctx.query.model,
      }),
    }),
    validate_project: (ctx) => ({
      body: service.validateProject(u(ctx), ctx.workspace, visibleProject(ctx).id),
    }),
    content_validation: (ctx) => {
      const names = (ctx.query.project_names ?? '').split(',').filter(Boolean)
      return { body: service.contentValidation(u(ctx), ctx.workspace, names) }
    },
    project_validation_results: (ctx) => {
      const cached = service.projectValidationResults(u(ctx), ctx.workspace, visibleProject(ctx).id)
      return cached ? { body: cached } : { status: 204 }
    },
  }
}

import type { ILooker40SDK, ResultFormat } from '@looker/sdk'
import { ApiError } from './ApiError'
import { call, read } from './call'
import { listOf } from './shape'
import {
  toDataTest,
  toDataTestResult,
  toExploreDetail,
  toModelSummary,
  toQueryTask,
  toQueryTaskResults,
  toSqlText,
} from './queryMappers'
import type {
  DataTest,
  DataTestResult,
  ExploreDetail,
  ModelSummary,
  QuerySpec,
  QueryTask,
  QueryTaskResults,
  RunMode,
} from './queryTypes'

/**
 * Models, explores, queries and LookML data tests. Each method names its SDK method and
 * route. Reads of models, explores and tests resolve in the session's workspace; a query run takes
 * a `RunMode`: 'production' sends `force_production=true`, 'dev' sends no flag at all, because
 * `force_production=false` is not guaranteed to mean development (docs/looker-api-behaviour.md
 * "force_production").
 */
export interface QueriesApi {
  /** Models with visible explores. `all_lookml_models` -> GET /lookml_models */
  listModels(): Promise<ModelSummary[]>
  /** One explore's fields. `lookml_model_explore` -> GET /lookml_models/{model}/explores/{explore} */
  getExplore(model: string, explore: string): Promise<ExploreDetail>
  /** The (immutable, de-duplicated) query's id. `create_query` -> POST /queries */
  createQuery(spec: QuerySpec): Promise<string>
  /** The SQL Looker generates, not run. `run_query` -> GET /queries/{id}/run/sql */
  getSql(queryId: string, mode: RunMode): Promise<string>
  /** Starts the query; results by polling. `create_query_task` -> POST /query_tasks */
  startQueryTask(queryId: string, mode: RunMode): Promise<QueryTask>
  /** `query_task` -> GET /query_tasks/{id} */
  getQueryTask(taskId: string): Promise<QueryTask>
  /** Rows once done, `{done: false}` while not ready (204, or 202 with any body). `query_task_results` -> GET /query_tasks/{id}/results */
  getQueryTaskResults(taskId: string): Promise<QueryTaskResults>
  /** Stops a running query; a task that already finished (Looker: 404) is no failure. `kill_query` -> DELETE /running_queries/{id} */
  cancelQueryTask(taskId: string): Promise<void>
  /** A project's data tests. `all_lookml_tests` -> GET /projects/{id}/lookml_tests */
  listDataTests(projectId: string): Promise<DataTest[]>
  /**
   * Runs one test of one model, as Looker's own tools do (one request per test); without a test,
   * all of them in one request. `run_lookml_test` -> GET /projects/{id}/lookml_tests/run
   */
  runDataTests(projectId: string, testName?: string, modelName?: string): Promise<DataTestResult[]>
}

const forced = (mode: RunMode) => (mode === 'production' ? { force_production: true } : {})

export function createQueriesApi(sdk: ILooker40SDK): QueriesApi {
  return {
    listModels: () =>
      read(async () =>
        listOf(
          await sdk.ok(sdk.all_lookml_models({ exclude_hidden: true })),
          'all_lookml_models',
          'a list of models'
        )
          .map(toModelSummary)
          .filter((m) => m.explores.length > 0)
      ),

    getExplore: (model, explore) =>
      read(async () =>
        toExploreDetail(
          await sdk.ok(
            sdk.lookml_model_explore({ lookml_model_name: model, explore_name: explore })
          )
        )
      ),

    createQuery: (spec) =>
      call(async () => {
        const query = await sdk.ok(
          sdk.create_query({
            model: spec.model,
            view: spec.explore,
            fields: spec.fields,
            filters: Object.keys(spec.filters).length ? spec.filters : undefined,
            sorts: spec.sorts.length ? spec.sorts : undefined,
            limit: String(spec.limit),
            pivots: spec.pivots?.length ? spec.pivots : undefined,
            dynamic_fields: spec.dynamicFields || undefined,
          })
        )
        if (!query.id) throw new Error('Looker created the query without an id.')
        return query.id
      }),

    getSql: (queryId, mode) =>
      call(async () => {
        const sql: unknown = await sdk.ok(
          sdk.run_query({ query_id: queryId, result_format: 'sql', ...forced(mode) })
        )
        return toSqlText(sql)
      }),

    startQueryTask: (queryId, mode) =>
      call(async () =>
        toQueryTask(
          await sdk.ok(
            sdk.create_query_task({
              // json_detail names the fields Looker ran (it drops unknown ones without a word) and
              // gives raw values beside Looker's `rendered` text, in one answer.
              body: { query_id: queryId, result_format: 'json_detail' as ResultFormat },
              ...forced(mode),
            })
          )
        )
      ),

    getQueryTask: (taskId) => call(async () => toQueryTask(await sdk.ok(sdk.query_task(taskId)))),

    getQueryTaskResults: (taskId) =>
      call(async () => toQueryTaskResults(await sdk.ok(sdk.query_task_results(taskId)))),

    cancelQueryTask: async (taskId) => {
      try {
        await call(async () => {
          await sdk.ok(sdk.kill_query(taskId))
        })
      } catch (e) {
        if (!(e instanceof ApiError) || e.status !== 404) throw e
      }
    },

    listDataTests: (projectId) =>
      read(async () =>
        listOf(
          await sdk.ok(sdk.all_lookml_tests(projectId)),
          'all_lookml_tests',
          'a list of data tests'
        ).map(toDataTest)
      ),

    runDataTests: (projectId, testName, modelName) =>
      call(async () =>
        listOf(
          await sdk.ok(
            sdk.run_lookml_test({ project_id: projectId, test: testName, model: modelName })
          ),
          'run_lookml_test',
          'a list of data test results'
        ).map(toDataTestResult)
      ),
  }
}

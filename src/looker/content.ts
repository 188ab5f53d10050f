import type { ILooker40SDK } from '@looker/sdk'
import { call, read } from './call'
import {
  toDashboardDetail,
  toDashboardSummary,
  toLookDetail,
  toLookSummary,
  toModelOwner,
  toTile,
} from './contentMappers'
import type {
  ContentTile,
  DashboardDetail,
  DashboardSummary,
  LookDetail,
  LookSummary,
  ModelOwner,
  SavedQuery,
} from './contentTypes'
import { toSqlText } from './queryMappers'
import type { RunMode } from './queryTypes'
import { listOf } from './shape'

const QUERY = 'query(model,view,fields,pivots,filters,sorts,limit,dynamic_fields)'
const ELEMENT = [
  'id,dashboard_id,title,title_text,type,look_id,merge_result_id',
  QUERY,
  `look(title,${QUERY})`,
  `result_maker(merge_result_id,filterables(listen),${QUERY})`,
].join(',')

/** Looks per `search_looks` page. */
export const LOOK_PAGE = 500

/**
 * Saved content: dashboards, their tiles and Looks, read with `fields=` so each answer carries
 * only what the content check needs (docs/content-impact.md). Each method names its SDK method
 * and route. What a user may not see, Looker leaves out: the lists are what Looker returns.
 */
export interface ContentApi {
  /** Every model and its project. `all_lookml_models` -> GET /lookml_models?fields=name,project_name */
  listModelOwners(): Promise<ModelOwner[]>
  /** Every dashboard, LookML ones with their model. `all_dashboards` -> GET /dashboards */
  listDashboards(): Promise<DashboardSummary[]>
  /**
   * Every tile of the user-defined dashboards, in one answer (the route takes no paging).
   * `search_dashboard_elements` -> GET /dashboard_elements/search
   */
  searchTiles(): Promise<ContentTile[]>
  /** One dashboard's filters and tiles. `dashboard` -> GET /dashboards/{dashboard_id} */
  getDashboard(id: string): Promise<DashboardDetail>
  /** One page of Looks. `search_looks` -> GET /looks/search?limit=&offset= */
  searchLooks(offset: number, limit?: number): Promise<LookSummary[]>
  /** One Look with its query. `look` -> GET /looks/{look_id} */
  getLook(id: string): Promise<LookDetail>
  /**
   * The (immutable, de-duplicated) query's id, pivots and table calculations included.
   * `create_query` -> POST /queries
   */
  createSavedQuery(query: SavedQuery): Promise<string>
  /**
   * The SQL Looker writes for the query, not run, in one request (no query id needed): with
   * `force_production` on 'production'. `run_inline_query` -> POST /queries/run/sql
   */
  getSavedQuerySql(query: SavedQuery, mode: RunMode): Promise<string>
}

function body(q: SavedQuery) {
  return {
    model: q.model,
    view: q.explore,
    fields: q.fields,
    pivots: q.pivots.length ? q.pivots : undefined,
    filters: Object.keys(q.filters).length ? q.filters : undefined,
    sorts: q.sorts.length ? q.sorts : undefined,
    limit: q.limit ?? undefined,
    dynamic_fields: q.dynamicFields ?? undefined,
  }
}

export function createContentApi(sdk: ILooker40SDK): ContentApi {
  return {
    listModelOwners: () =>
      read(async () =>
        listOf(
          await sdk.ok(sdk.all_lookml_models({ fields: 'name,project_name' })),
          'all_lookml_models',
          'a list of models'
        ).map(toModelOwner)
      ),

    listDashboards: () =>
      read(async () =>
        listOf(
          await sdk.ok(sdk.all_dashboards('id,title,folder(name),model(id)')),
          'all_dashboards',
          'a list of dashboards'
        ).map(toDashboardSummary)
      ),

    searchTiles: () =>
      read(async () =>
        listOf(
          await sdk.ok(sdk.search_dashboard_elements({ fields: ELEMENT })),
          'search_dashboard_elements',
          'a list of dashboard tiles'
        ).map((e) => toTile(e))
      ),

    getDashboard: (id) =>
      read(async () =>
        toDashboardDetail(
          await sdk.ok(
            sdk.dashboard(
              id,
              `id,title,dashboard_filters(name,default_value),dashboard_elements(${ELEMENT})`
            )
          )
        )
      ),

    searchLooks: (offset, limit = LOOK_PAGE) =>
      read(async () =>
        listOf(
          await sdk.ok(
            sdk.search_looks({ fields: 'id,title,folder(name),model(id)', limit, offset })
          ),
          'search_looks',
          'a list of Looks'
        ).map(toLookSummary)
      ),

    getLook: (id) =>
      read(async () =>
        toLookDetail(await sdk.ok(sdk.look(id, `id,title,folder(name),model(id),${QUERY}`)))
      ),

    createSavedQuery: (q) =>
      call(async () => {
        const query = await sdk.ok(sdk.create_query(body(q)))
        if (!query.id) throw new Error('Looker created the query without an id.')
        return query.id
      }),

    getSavedQuerySql: (q, mode) =>
      call(async () => {
        const sql: unknown = await sdk.ok(
          sdk.run_inline_query({
            result_format: 'sql',
            body: body(q),
            ...(mode === 'production' ? { force_production: true } : {}),
          })
        )
        return toSqlText(sql)
      }),
  }
}

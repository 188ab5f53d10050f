/**
 * The fake Looker's LookML, reduced to what makes queries real: views with SQL dimensions and
 * measures, explores that join views, models that group explores, and data tests. One
 * `LookmlProject` exists per LookML "variant" (what a git commit holds, see `variants.ts`).
 */
import type { WorkspaceId } from '../types'

export type DimensionType = 'string' | 'number' | 'date' | 'yesno'
export type MeasureType = 'count' | 'count_distinct' | 'sum' | 'average' | 'min' | 'max' | 'number'

/** The LookML `value_format_name`s the fake knows (a subset of Looker's defaults: valueFormat.ts). */
export type ValueFormatName = 'usd' | 'usd_0' | 'decimal_0' | 'decimal_2'

/** A dimension; `sql` may use `${TABLE}`, `${other_dimension}` and `${view.field}`. */
export interface LookmlDimension {
  name: string
  type: DimensionType
  sql: string
  label?: string
  description?: string
  primaryKey?: boolean
  hidden?: boolean
  /** Its line in the view file (validation reports it); unknown when absent. */
  line?: number
  valueFormatName?: ValueFormatName
}

/** A measure; `sql` is the aggregated expression (absent for `count`). */
export interface LookmlMeasure {
  name: string
  type: MeasureType
  sql?: string
  label?: string
  description?: string
  hidden?: boolean
  valueFormatName?: ValueFormatName
}

export interface LookmlView {
  name: string
  /** e.g. `public.orders` (a derived table's view names itself here) */
  sqlTableName: string
  /**
   * LookML `derived_table: { sql: ... }`: queries select from `WITH <view> AS (<sql>)`. Its lines
   * may start with `-- if dev --` or `-- if prod --`: only the running mode's marker is removed, so
   * the other mode's text stays a comment, as Looker writes it (docs/looker-api-behaviour.md
   * "Development Mode notes").
   */
  derivedTableSql?: string
  /** e.g. `views/orders.view.lkml` */
  sourceFile: string
  dimensions: LookmlDimension[]
  measures: LookmlMeasure[]
}

export interface LookmlJoin {
  /** The joined view's name (also its alias). */
  view: string
  sqlOn: string
  relationship: 'many_to_one' | 'one_to_many' | 'one_to_one'
}

export interface LookmlExplore {
  name: string
  /**
   * The base view (LookML `view_name:`, so fields keep the view's name, e.g. `orders.count` in
   * explore `slow_orders`); defaults to the explore's name.
   */
  viewName?: string
  label?: string
  description?: string
  groupLabel?: string
  hidden?: boolean
  joins: LookmlJoin[]
  /** Query tasks on this explore take `slowQueryMs` to finish (long-query tests). */
  slow?: boolean
}

export interface LookmlModelDef {
  name: string
  label: string
  connection: string
  /** e.g. `ecommerce.model.lkml` */
  file: string
  explores: LookmlExplore[]
}

/** A `test:` block: run the query, every assertion must hold on every row. */
export interface LookmlDataTest {
  name: string
  model: string
  explore: string
  fields: string[]
  filters?: Record<string, string>
  sorts?: string[]
  limit?: number
  /** `expression` is SQL over `${view.field}` references, evaluated per result row. */
  assertions: Array<{ name: string; expression: string }>
  file: string
  line: number
}

export interface LookmlProject {
  /** The project id this LookML was built for. */
  projectId: string
  /** The variant key it came from, e.g. `ecommerce@net-revenue`. */
  variantKey: string
  views: LookmlView[]
  models: LookmlModelDef[]
  tests: LookmlDataTest[]
  /** LookML warnings the validator reports for this variant (e.g. a deprecated parameter). */
  warnings?: Array<{ message: string; file: string; line: number }>
}

/** One project's LookML as one user sees it in one workspace. */
export interface LiveVariant {
  projectId: string
  variantKey: string
  /** The working copy has uncommitted changes (validation warns about it). */
  dirty?: boolean
}

/** Implemented by the core from git state: which LookML each project has for a user/workspace. */
export interface LookmlSource {
  liveVariants(userId: string, workspace: WorkspaceId): LiveVariant[]
  /** Whether the user may develop (drives `can_develop`); absent means yes. */
  canDevelop?(userId: string): boolean
}

/** What a query run answers: the router copies it to the HTTP response. */
export interface RunResult {
  status: number
  contentType: string
  /** An object/array for JSON formats, a string otherwise, undefined for 204. */
  body: unknown
  /** The workspace whose models produced it (for the request log). */
  workspace?: WorkspaceId
}

/** Query parameters shared by `run_query`, `run_inline_query` and `create_query_task`. */
export interface RunOptions {
  limit?: number | string
  apply_formatting?: boolean
  [other: string]: unknown
}

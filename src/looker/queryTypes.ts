/** Domain types for models, explores, queries and LookML data tests, mapped in queryMappers.ts. */
import type { WorkspaceId } from './types'

export interface ExploreSummary {
  name: string
  label: string
  description: string | null
}

export interface ModelSummary {
  name: string
  label: string
  /** The LookML project that defines the model (saved queries and data tests are per project). */
  projectName: string
  /** Visible explores only. */
  explores: ExploreSummary[]
}

export type FieldCategory = 'dimension' | 'measure'

export interface FieldInfo {
  /** `view.field`, as queries name it. */
  name: string
  /** e.g. "Orders Total Revenue" */
  label: string
  category: FieldCategory
  isNumeric: boolean
  description: string | null
  /** The view the field belongs to, as Explore groups fields: its name and label. */
  view: string
  viewLabel: string
  /** Where the field is defined in Looker's IDE (`/projects/<id>/files/<path>?line=N`), if given. */
  lookmlLink: string | null
}

export interface ExploreDetail {
  model: string
  name: string
  label: string
  /** The LookML project that defines the explore's model; null if Looker does not say. */
  projectName: string | null
  /** Visible fields only. */
  dimensions: FieldInfo[]
  measures: FieldInfo[]
}

/** What a test query asks for; the same spec runs on production and development models. */
export interface QuerySpec {
  model: string
  explore: string
  fields: string[]
  /** Field name to Looker filter expression, e.g. `{"orders.status": "complete,shipped"}`. */
  filters: Record<string, string>
  /** e.g. `["orders.total_revenue desc"]` */
  sorts: string[]
  limit: number
  /** Fields whose values become columns (a saved tile's pivots); none when absent. */
  pivots?: string[]
  /** Table calculations and custom fields, Looker's JSON text as saved; none when absent. */
  dynamicFields?: string | null
}

/** One result row: cell values keyed by field name. */
export type Row = Record<string, unknown>

/** Which models a run used: `production` was forced, `dev` ran in a Development Mode session. */
export type RunMode = WorkspaceId

export interface QueryTask {
  id: string
  /** Looker's word, as given (`added`, `running`, `complete`, `error`...): see isFinished. */
  status: string
}

/** Cell text as Looker formatted it (`json_detail` `rendered`), only for the cells it formatted. */
export type RenderedRow = Record<string, string>

/** A result: raw values (for the diff and the CSV) and Looker's rendering of each row. */
export interface ResultRows {
  rows: Row[]
  /** Same length and order as `rows`. */
  rendered: RenderedRow[]
}

/**
 * `query_task_results`: not ready yet (204, or 202 with any body), or the rows with the fields
 * Looker actually ran (null when the result carries no field metadata) and Looker's notes (entries
 * of `errors[]` marked `fatal: false`, such as its Development Mode note), which fail nothing.
 */
export type QueryTaskResults =
  { done: false } | ({ done: true; fields: string[] | null; notes: string[] } & ResultRows)

export interface DataTest {
  name: string
  modelName: string
  exploreName: string
  /** `project/path`, as Looker reports it; null if it does not. */
  file: string | null
  line: number | null
}

export interface DataTestProblem {
  message: string
  fieldName: string | null
  file: string | null
  line: number | null
}

export interface DataTestResult {
  testName: string
  modelName: string | null
  success: boolean
  /** Null when Looker does not report the counts (never guessed as 0). */
  assertionsCount: number | null
  assertionsFailed: number | null
  errors: DataTestProblem[]
  warnings: DataTestProblem[]
}

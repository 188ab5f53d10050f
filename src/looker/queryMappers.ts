/** SDK models to the query domain types (queryTypes.ts); a missing required field is an ApiError here. */
import type {
  ILookmlModel,
  ILookmlModelExplore,
  ILookmlModelExploreField,
  ILookmlTest,
  ILookmlTestResult,
  IProjectError,
  IQueryTask,
} from '@looker/sdk'
import { ApiError } from './ApiError'
import { timed } from '../shared/userTiming'
import { required } from './mappers'
import type {
  DataTest,
  DataTestProblem,
  DataTestResult,
  ExploreDetail,
  FieldInfo,
  ModelSummary,
  QueryTask,
  QueryTaskResults,
  RenderedRow,
  Row,
} from './queryTypes'

export function toModelSummary(model: ILookmlModel): ModelSummary {
  const name = required(model.name, 'a model without a name')
  return {
    name,
    label: model.label || name,
    projectName: required(model.project_name, `model "${name}" without its project`),
    explores: (model.explores ?? [])
      .filter((e) => !e.hidden && e.name)
      .map((e) => ({
        name: e.name!,
        label: e.label || e.name!,
        description: e.description ?? null,
      })),
  }
}

function toField(field: ILookmlModelExploreField, category: FieldInfo['category']): FieldInfo {
  const name = required(field.name, 'an explore field without a name')
  return {
    name,
    label: field.label || name,
    category,
    isNumeric: field.is_numeric ?? category === 'measure',
    description: field.description ?? null,
    view: field.view || name.split('.')[0]!,
    viewLabel: field.view_label || field.view || name.split('.')[0]!,
    lookmlLink: field.lookml_link || null,
  }
}

export function toExploreDetail(explore: ILookmlModelExplore): ExploreDetail {
  const name = required(explore.name, 'an explore without a name')
  const visible = (fields: ILookmlModelExploreField[] | null | undefined) =>
    (fields ?? []).filter((f) => !f.hidden)
  return {
    model: required(explore.model_name, `explore "${name}" without its model`),
    name,
    label: explore.label || name,
    projectName: explore.project_name || null,
    dimensions: visible(explore.fields?.dimensions).map((f) => toField(f, 'dimension')),
    measures: visible(explore.fields?.measures).map((f) => toField(f, 'measure')),
  }
}

/** A status after which the task changes no more (`failure`: older Looker examples' word). */
export function isFinished(status: string): boolean {
  return ['complete', 'error', 'killed', 'expired', 'failure'].includes(status)
}

/** Looker's status word is kept as given: an unknown one only means "not finished yet". */
export function toQueryTask(task: IQueryTask): QueryTask {
  return { id: required(task.id, 'a query task without an id'), status: task.status ?? '' }
}

interface DetailError {
  message?: string | null
  message_details?: string | null
  level?: string | null
  /** `false` on Looker's Development Mode notes, which arrive as `level: "error"` all the same. */
  fatal?: boolean | null
}

/**
 * An entry of `errors[]` that is only a note: `fatal: false` (Looker's "Note: This query contains
 * derived tables with conditional SQL for Development Mode..." comes with `level: "error"`, and the
 * task ends `error`), or a level below error.
 */
const isNote = (e: DetailError) => e.fatal === false || (e.level ?? 'error') !== 'error'

/** A cell of `json_detail` is `{value, rendered?}`; plain `json` cells are the value. */
const cellValue = (cell: unknown) =>
  cell !== null && typeof cell === 'object' && 'value' in cell
    ? (cell as { value: unknown }).value
    : cell

/** A SQL error can arrive as 200 with rows `{looker_error: "..."}`: an error, not data. */
function lookerErrorIn(rows: Row[]): string | null {
  const row = rows.find((r) => r !== null && typeof r === 'object' && 'looker_error' in r)
  if (!row) return null
  const text = cellValue(row.looker_error)
  // An empty or null message is still Looker's word that the query failed.
  return text === null || text === undefined || text === ''
    ? 'Looker reported an error running the query.'
    : String(text)
}

/**
 * The fields Looker ran: dimensions, pivot fields, measures, table calculations and, on a pivoted
 * query, each measure's column per pivot key (`measure|key`, as the rows carry them).
 */
function detailFields(fields: unknown, pivots: unknown): string[] | null {
  if (!fields || typeof fields !== 'object') return null
  const groups = ['dimensions', 'pivots', 'measures', 'table_calculations'] as const
  const names = (g: (typeof groups)[number]) =>
    ((fields as Record<string, Array<{ name?: string }> | undefined>)[g] ?? [])
      .map((f) => f.name)
      .filter((n): n is string => typeof n === 'string')
  const keys = Array.isArray(pivots)
    ? pivots.flatMap((p: { key?: unknown } | null) => (typeof p?.key === 'string' ? [p.key] : []))
    : []
  const cells = keys.length ? names('measures').flatMap((m) => keys.map((k) => `${m}|${k}`)) : []
  return [...groups.flatMap(names), ...cells]
}

/**
 * `query_task_results`: 204 (24.x) or 202 with any body (25.x on) while the task is not ready,
 * which reaches the app as nothing, text or `{status}`: all "not yet". Once ready, format
 * `json_detail` (`{data: [{field: {value, rendered?}}], fields, errors}`, whose `rendered` is the
 * value formatted as the LookML says) or plain `json` rows. `errors[]` and `looker_error` rows are
 * Looker's error message, never data (docs/looker-api-behaviour.md "Query results"), except the
 * entries marked `fatal: false`: notes, kept beside the rows (same file, "Development Mode notes").
 */
export function toQueryTaskResults(body: unknown): QueryTaskResults {
  const value = typeof body === 'string' ? parseMaybe(body) : body
  if (Array.isArray(value)) {
    return rowsOrError(
      value as Row[],
      value.map(() => ({})),
      null
    )
  }
  if (!value || typeof value !== 'object' || !('data' in value)) return { done: false }
  const detail = value as {
    data?: unknown
    fields?: unknown
    pivots?: unknown
    errors?: DetailError[] | null
  }
  const errors = detail.errors ?? []
  const failed = errors.find((e) => !isNote(e))
  if (failed) {
    const text = [failed.message, failed.message_details].filter(Boolean).join(' ')
    throw new ApiError(text || 'Looker reported an error running the query.', 'looker')
  }
  if (!Array.isArray(detail.data)) {
    throw new ApiError('Looker answered the query task without rows.', 'unexpected')
  }
  const cells = detail.data as Array<Record<string, unknown>>
  const notes = errors
    .filter((e) => e.fatal === false)
    .map((e) => [e.message, e.message_details].filter(Boolean).join(' '))
    .filter(Boolean)
  return timed('workspace-switcher: map results', () =>
    detailRows(cells, detailFields(detail.fields, detail.pivots), notes)
  )
}

/**
 * One pass over every cell (5,000 rows x 20 columns is 100,000 of them): the value, and Looker's
 * formatted text for the cells it formatted. A pivoted measure's cell (`{key: {value}}`) becomes
 * one column per pivot key, `measure|key`.
 */
function detailRows(
  cells: Array<Record<string, unknown>>,
  fields: string[] | null,
  notes: string[]
): QueryTaskResults {
  const rows: Row[] = new Array<Row>(cells.length)
  const rendered: RenderedRow[] = new Array<RenderedRow>(cells.length)
  for (let i = 0; i < cells.length; i++) {
    const row: Row = {}
    // A row Looker formatted nothing in shares one empty object: no allocation per such row.
    let text: RenderedRow = NOTHING_RENDERED
    const source = cells[i]!
    // for-in, not Object.keys: no array of names per row.
    for (const k in source) {
      const cell = source[k]
      if (isPivoted(cell)) {
        for (const key in cell) {
          const pivoted = cell[key]
          row[`${k}|${key}`] = cellValue(pivoted)
          const shown = (pivoted as DetailCell | null)?.rendered
          if (typeof shown !== 'string') continue
          if (text === NOTHING_RENDERED) text = {}
          text[`${k}|${key}`] = shown
        }
        continue
      }
      row[k] = cellValue(cell)
      const shown = cell !== null && typeof cell === 'object' ? (cell as DetailCell).rendered : null
      if (typeof shown !== 'string') continue
      if (text === NOTHING_RENDERED) text = {}
      text[k] = shown
    }
    rows[i] = row
    rendered[i] = text
  }
  return rowsOrError(rows, rendered, fields, notes)
}

const NOTHING_RENDERED: RenderedRow = Object.freeze({})

/** A pivoted measure's cell: `{key: {value, rendered?}}` (its first entry is a cell itself). */
function isPivoted(cell: unknown): cell is Record<string, unknown> {
  if (cell === null || typeof cell !== 'object' || 'value' in cell) return false
  for (const key in cell) {
    const first = (cell as Record<string, unknown>)[key]
    return first !== null && typeof first === 'object' && 'value' in first
  }
  return false
}

interface DetailCell {
  value?: unknown
  rendered?: unknown
}

function rowsOrError(
  rows: Row[],
  rendered: RenderedRow[],
  fields: string[] | null,
  notes: string[] = []
): QueryTaskResults {
  const lookerError = lookerErrorIn(rows)
  if (lookerError !== null) throw new ApiError(lookerError, 'looker')
  return { done: true, rows, rendered, fields, notes }
}

/** JSON text, or null for text that is not (a 202's body may be anything). */
function parseMaybe(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/**
 * `run_query` with format `sql`: Looker answers `application/sql`, which the browser transport
 * hands over as a Blob (only text/* and JSON become strings); the jest host gives a string.
 */
export async function toSqlText(body: unknown): Promise<string> {
  if (typeof body === 'string') return body
  if (typeof Blob !== 'undefined' && body instanceof Blob) return body.text()
  throw new ApiError(
    'Looker answered the SQL request with something other than text.',
    'unexpected'
  )
}

export function toDataTest(test: ILookmlTest): DataTest {
  const name = required(test.name, 'a data test without a name')
  return {
    name,
    // A data test always queries an explore (its explore_source): without one it is not a test.
    modelName: required(test.model_name, `data test "${name}" without its model`),
    exploreName: required(test.explore_name, `data test "${name}" without its explore`),
    file: test.file || null,
    line: test.line ?? null,
  }
}

function toProblem(p: IProjectError): DataTestProblem {
  return {
    message: p.message || p.sanitized_message || 'No message',
    fieldName: p.field_name ?? null,
    file: p.file_path ?? null,
    line: p.line_number ?? null,
  }
}

export function toDataTestResult(result: ILookmlTestResult): DataTestResult {
  return {
    testName: required(result.test_name, 'a data test result without its test name'),
    modelName: result.model_name || null,
    success: result.success === true,
    assertionsCount: result.assertions_count ?? null,
    assertionsFailed: result.assertions_failed ?? null,
    errors: (result.errors ?? []).map(toProblem),
    warnings: (result.warnings ?? []).map(toProblem),
  }
}

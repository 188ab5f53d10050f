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
  QueryTaskStatus,
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

const TASK_STATUSES: readonly string[] = [
  'added',
  'running',
  'complete',
  'error',
  'killed',
  'expired',
]

export function toQueryTask(task: IQueryTask): QueryTask {
  const id = required(task.id, 'a query task without an id')
  const status = task.status ?? ''
  if (!TASK_STATUSES.includes(status)) {
    throw new ApiError(`Looker reported the query task status "${status}".`, 'unexpected')
  }
  return { id, status: status as QueryTaskStatus }
}

/**
 * `query_task_results` answers 202 `{status}` while the task runs and the result once done:
 * format `json_detail` (`{data: [{field: {value, rendered?}}], errors?}`), whose `rendered` is
 * the value formatted as the LookML says; plain `json` rows are accepted too. The SDK types the
 * body as a string; through the host it may arrive parsed.
 */
export function toQueryTaskResults(body: unknown): QueryTaskResults {
  const value = typeof body === 'string' ? parseJson(body) : body
  if (Array.isArray(value)) {
    return { done: true, rows: value as Row[], rendered: value.map(() => ({})) }
  }
  if (value && typeof value === 'object' && 'data' in value) return fromDetail(value)
  if (value && typeof value === 'object' && 'status' in value) return { done: false }
  throw new ApiError('Looker answered the query task with something other than rows.', 'unexpected')
}

interface DetailCell {
  value?: unknown
  rendered?: unknown
}

/** A `json_detail` body: its errors (a database error is a 200 with `errors[]`), else its cells. */
function fromDetail(detail: {
  data?: unknown
  errors?: unknown
}): Extract<QueryTaskResults, { done: true }> {
  const errors = Array.isArray(detail.errors) ? (detail.errors as Array<Record<string, unknown>>) : []
  const error = errors.find((e) => e.level === 'error' || e.level === undefined)
  if (error) {
    const text = [error.message, error.message_details].filter((t) => typeof t === 'string')
    throw new ApiError(text.join(' ') || 'Looker could not run the query.', 'looker')
  }
  if (!Array.isArray(detail.data)) {
    throw new ApiError('Looker answered the query task without its data.', 'unexpected')
  }
  const cells = detail.data as Array<Record<string, DetailCell | null>>
  return {
    done: true,
    rows: cells.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, c]) => [k, c?.value ?? null]))
    ),
    rendered: cells.map((r) => {
      const out: Record<string, string> = {}
      for (const [k, c] of Object.entries(r)) if (typeof c?.rendered === 'string') out[k] = c.rendered
      return out
    }),
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

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new ApiError('Looker answered with text that is not JSON.', 'unexpected')
  }
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

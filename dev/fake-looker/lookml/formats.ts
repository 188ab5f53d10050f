/**
 * Result formats of `run_query` / `run_inline_query` / `query_task_results` (see
 * docs/looker-api-behaviour.md "Query results"):
 * `json` (rows keyed by `view.field`), `json_detail` (an object with `data` cells `{value}`,
 * `fields`, `sql`, ...), `json_bi`, `csv`, `txt`, `md`, `html`, and `sql` (not executed).
 */
import { FakeApiError } from '../errors'
import type { CompiledQuery } from './compile'
import type { SqlRows } from './db'
import { apiField } from './exploreApi'
import type { ExploreContext } from './resolve'
import type { RunResult } from './types'
import { pivotRows, withCalcs } from './pivot'
import { renderValue } from './valueFormat'

export const RESULT_FORMATS = [
  'json',
  'json_detail',
  'json_bi',
  'csv',
  'txt',
  'md',
  'html',
  'sql',
] as const
export type ResultFormat = (typeof RESULT_FORMATS)[number]

/** Checks a format name; Looker's image and spreadsheet formats are not emulated (400). */
export function checkFormat(format: string): ResultFormat {
  if ((RESULT_FORMATS as readonly string[]).includes(format)) return format as ResultFormat
  throw new FakeApiError(
    400,
    `Unsupported result format "${format}": the fake Looker answers ${RESULT_FORMATS.join(', ')}`
  )
}

/** What a run produced: rows, or the database's error. */
export interface Execution {
  ctx: ExploreContext
  compiled: CompiledQuery
  rows: SqlRows | null
  dbError: string | null
  ranAt: Date
  runtimeSeconds: number
  queryId: string | null
}

/** Looker's wording when the warehouse rejects the SQL (the driver's text follows). */
export const DB_ERROR_MESSAGE = 'The SQLite database encountered an error while running this query.'

function records(ex: Execution): Array<Record<string, unknown>> {
  const rows = ex.rows?.rows ?? []
  return rows.map((row) =>
    Object.fromEntries(ex.compiled.fields.map((f, i) => [f.name, row[i] ?? null]))
  )
}

/**
 * The rows as Looker answers them: with the table calculations (not on pivoted queries: fake's
 * choice), or pivoted (each measure `{pivot key: cell}`, the pivot fields out of the row).
 */
function shaped(
  ex: Execution,
  recs: Array<Record<string, unknown>>,
  cellOf: (value: unknown, field: string) => unknown
): { rows: Array<Record<string, unknown>>; pivots: Array<{ key: string; data: unknown }> } {
  const { fields, pivots, tableCalcs } = ex.compiled
  if (!pivots.length) {
    const rows = withCalcs(recs, tableCalcs).map((r) =>
      Object.fromEntries(
        [...fields.map((f) => f.name), ...tableCalcs.map((c) => c.name)].map((n) => [
          n,
          cellOf(r[n] ?? null, n),
        ])
      )
    )
    return { rows, pivots: [] }
  }
  const names = (kind: string) =>
    fields.filter((f) => f.kind === kind && !pivots.includes(f.name)).map((f) => f.name)
  const p = pivotRows(recs, pivots, names('dimension'), names('measure'), cellOf)
  return {
    rows: p.rows,
    pivots: p.pivots.map((x) => ({
      ...x,
      is_total: false,
      labels: {},
      sort_values: x.data,
    })),
  }
}

/** Looker's note on a Development Mode run of a derived table with conditional SQL (21.0 on). */
export const DEV_MODE_NOTE =
  'Note: This query contains derived tables with conditional SQL for Development Mode. Query results in Production Mode might be different.'

/** The note as recorded: `level: "error"` but `fatal: false`, every other key null. */
const devModeNote = () => ({
  message: DEV_MODE_NOTE,
  message_details: null,
  params: null,
  edit_url: null,
  error_pos: null,
  fatal: false,
  level: 'error',
  login_required_oauth_application_id: null,
})

function detail(ex: Execution, devNoteRows: 'rows' | 'none' = 'rows'): Record<string, unknown> {
  const meta = ex.compiled.fields.map((f) => apiField(ex.ctx, f.view, f.def, f.kind))
  const errors = ex.dbError
    ? [
        {
          message: DB_ERROR_MESSAGE,
          message_details: ex.dbError,
          params: ex.compiled.sql,
          level: 'error',
          sql_error_loc: null,
          edit_url: null,
          error_pos: null,
        },
      ]
    : ex.compiled.devModeSql
      ? [devModeNote()]
      : []
  const noted = !ex.dbError && ex.compiled.devModeSql
  return {
    id: ex.queryId,
    from_cache: false,
    ran_at: ex.ranAt.toISOString(),
    runtime: ex.runtimeSeconds.toFixed(3),
    sql: ex.compiled.sql,
    fields: {
      dimensions: meta.filter(
        (m) => m.category === 'dimension' && !ex.compiled.pivots.includes(m.name as string)
      ),
      measures: meta.filter((m) => m.category === 'measure'),
      table_calculations: ex.compiled.pivots.length
        ? []
        : ex.compiled.tableCalcs.map((c) => ({
            name: c.name,
            label: c.label,
            expression: c.expression,
            is_numeric: true,
            category: 'table_calculation',
          })),
      pivots: meta.filter((m) => ex.compiled.pivots.includes(m.name as string)),
    },
    ...(() => {
      const byName = new Map(ex.compiled.fields.map((f) => [f.name, f]))
      const { rows, pivots } = shaped(
        ex,
        noted && devNoteRows === 'none' ? [] : records(ex),
        (value, name) => {
          const rendered = renderValue(value, byName.get(name)?.def.valueFormatName)
          return rendered === undefined ? { value } : { value, rendered }
        }
      )
      return { data: rows, pivots }
    })(),
    errors,
    added_params: ex.compiled.addedSorts ? { sorts: ex.compiled.sorts } : {},
    truncated: ex.compiled.limit !== null && (ex.rows?.rows.length ?? 0) >= ex.compiled.limit,
    has_totals: false,
    has_row_totals: false,
    has_subtotals: false,
    null_sort_treatment: 'low',
    timezone: 'UTC',
    expired: false,
    supports_pivot_in_db: true,
  }
}

function cell(value: unknown): string {
  return value === null || value === undefined ? '' : String(value)
}

function csvCell(value: unknown): string {
  const text = cell(value)
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function table(
  ex: Execution,
  join: (cells: string[]) => string,
  esc: (v: unknown) => string
): string[] {
  const labels = ex.compiled.fields.map(
    (f) => apiField(ex.ctx, f.view, f.def, f.kind).label as string
  )
  return [join(labels.map(esc)), ...(ex.rows?.rows ?? []).map((row) => join(row.map(esc)))]
}

function textBody(ex: Execution, format: ResultFormat): RunResult {
  switch (format) {
    case 'csv':
      return {
        status: 200,
        contentType: 'text/csv',
        body: table(ex, (c) => c.join(','), csvCell).join('\n') + '\n',
      }
    case 'txt':
      return {
        status: 200,
        contentType: 'text/plain',
        body: table(ex, (c) => c.join('\t'), cell).join('\n') + '\n',
      }
    case 'md': {
      const [head = '', ...rest] = table(ex, (c) => `| ${c.join(' | ')} |`, cell)
      const rule = `|${ex.compiled.fields.map(() => ' --- |').join('')}`
      return {
        status: 200,
        contentType: 'text/markdown',
        body: [head, rule, ...rest].join('\n') + '\n',
      }
    }
    default: {
      const esc = (v: unknown) => cell(v).replace(/&/g, '&amp;').replace(/</g, '&lt;')
      const [head = '', ...rest] = table(
        ex,
        (c) => c.join(''),
        (v) => `<td>${esc(v)}</td>`
      )
      const body = `<table>\n<tr>${head.replace(/td>/g, 'th>')}</tr>\n${rest.map((r) => `<tr>${r}</tr>`).join('\n')}\n</table>\n`
      return { status: 200, contentType: 'text/html', body }
    }
  }
}

/**
 * The response for one format. `sql` never needs rows. A database error is 200 with `errors[]`
 * for `json_detail` and 400 for every other format; with `sqlErrorAs: 'looker_error-rows'` a
 * `json`/`json_detail` result is instead 200 with one row `{looker_error: message}`
 * (docs/looker-api-behaviour.md "Query results").
 */
export function formatResult(
  ex: Execution,
  format: ResultFormat,
  sqlErrorAs: '400' | 'looker_error-rows' = '400',
  devNoteRows: 'rows' | 'none' = 'rows'
): RunResult {
  if (format === 'sql')
    return { status: 200, contentType: 'application/sql', body: ex.compiled.sql }
  if (ex.dbError && sqlErrorAs === 'looker_error-rows') {
    const looker_error = `${DB_ERROR_MESSAGE} ${ex.dbError}`
    if (format === 'json')
      return { status: 200, contentType: 'application/json', body: [{ looker_error }] }
    if (format === 'json_detail') {
      const body = { ...detail(ex), errors: [], data: [{ looker_error: { value: looker_error } }] }
      return { status: 200, contentType: 'application/json', body }
    }
  }
  if (format === 'json_detail')
    return { status: 200, contentType: 'application/json', body: detail(ex, devNoteRows) }
  if (ex.dbError) throw new FakeApiError(400, `${DB_ERROR_MESSAGE} ${ex.dbError}`)
  if (format === 'json') {
    const body = shaped(ex, records(ex), (value) => value).rows
    return { status: 200, contentType: 'application/json', body }
  }
  if (format === 'json_bi') {
    const d = detail(ex)
    const body = { metadata: { fields: d.fields, sql: d.sql, ran_at: d.ran_at }, rows: records(ex) }
    return { status: 200, contentType: 'application/json', body }
  }
  return textBody(ex, format)
}

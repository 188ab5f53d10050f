/**
 * Query -> SQL, in the shape Looker generates (`SELECT ... AS orders_status ... FROM public.orders
 * AS orders LEFT JOIN ... GROUP BY 1 ORDER BY 2 DESC LIMIT 500`). Only the joins a query needs are
 * emitted. Errors are `FakeApiError`s with the status this fake answers (see README.md here).
 */
import { FakeApiError } from '../errors'
import type { WorkspaceId } from '../types'
import { FilterError, filterToSql } from './filters'
import type { LookmlView } from './types'
import {
  expandSql,
  LookmlRefError,
  resolveField,
  type ExploreContext,
  type ResolvedField,
} from './resolve'

/** The parts of a Looker `Query` body the compiler reads. */
export interface QueryBody {
  model: string
  view: string
  fields?: string[] | null
  filters?: Record<string, string | null> | null
  sorts?: string[] | null
  limit?: string | number | null
  pivots?: string[] | null
  /** Table calculations and custom fields, Looker's JSON text (only table calculations are read). */
  dynamic_fields?: string | null
}

/** A table calculation of the query: computed on the rows after the SQL, as Looker does. */
export interface TableCalc {
  name: string
  label: string
  expression: string
}

export interface CompiledQuery {
  sql: string
  /** Selected fields in SELECT order (dimensions first, then measures, as Looker orders them). */
  fields: ResolvedField[]
  /** The sorts applied, `field [desc]`; `addedSorts` when Looker's default sort was used. */
  sorts: string[]
  addedSorts: boolean
  /** The row limit applied, or null for none. */
  limit: number | null
  /** A Development Mode run used a derived table with `-- if dev --`/`-- if prod --` SQL. */
  devModeSql: boolean
  /** The selected dimensions whose values become columns, in the query's order. */
  pivots: string[]
  tableCalcs: TableCalc[]
}

/** The table calculations in `dynamic_fields` (custom fields are not emulated: fake's choice). */
export function tableCalcsOf(text: string | null | undefined): TableCalc[] {
  if (!text) return []
  let list: unknown
  try {
    list = JSON.parse(text)
  } catch {
    throw new FakeApiError(400, 'dynamic_fields is not valid JSON')
  }
  if (!Array.isArray(list)) return []
  return list.flatMap((f: Record<string, unknown> | null) =>
    typeof f?.table_calculation === 'string' && typeof f.expression === 'string'
      ? [
          {
            name: f.table_calculation,
            label: typeof f.label === 'string' ? f.label : f.table_calculation,
            expression: f.expression,
          },
        ]
      : []
  )
}

/**
 * A pivoted query's SQL as Looker writes it when the database can pivot (`supports_pivot_in_db`):
 * the grouped query ranked by pivot value (columns) and by the row sorts (rows), the row limit
 * applied to rows, not to cells (docs/looker-api-behaviour.md "Pivots and table calculations").
 */
function pivotSql(
  inner: string[],
  pivots: ResolvedField[],
  rowDims: ResolvedField[],
  sorts: Array<{ field: ResolvedField; desc: boolean }>,
  limit: number | null
): string[] {
  const rowOrder = sorts
    .filter((s) => !pivots.includes(s.field))
    .map((s) =>
      s.field.kind === 'measure'
        ? `CASE WHEN z__pivot_col_rank=1 THEN 1 ELSE 2 END, CASE WHEN z__pivot_col_rank=1 THEN ${s.field.alias} ELSE NULL END${s.desc ? ' DESC' : ''} NULLS LAST`
        : `${s.field.alias}${s.desc ? ' DESC' : ''}`
    )
  const partition = rowDims.length ? `PARTITION BY ${rowDims.map((d) => d.alias).join(',')}` : ''
  return [
    'SELECT * FROM (',
    'SELECT *, DENSE_RANK() OVER (ORDER BY z___min_rank) as z___pivot_row_rank, RANK() OVER (PARTITION BY z__pivot_col_rank ORDER BY z___min_rank) as z__pivot_col_ordering FROM (',
    `SELECT *, MIN(z___rank) OVER (${partition}) as z___min_rank FROM (`,
    `SELECT *, RANK() OVER (ORDER BY ${[...rowOrder, 'z__pivot_col_rank'].join(', ')}) AS z___rank FROM (`,
    `SELECT *, DENSE_RANK() OVER (ORDER BY ${pivots.map((p) => `${p.alias} NULLS LAST`).join(', ')}) AS z__pivot_col_rank FROM (`,
    ...inner,
    ') ww',
    ') bb WHERE z__pivot_col_rank <= 16384',
    ') aa',
    ') xx',
    ') zz',
    ` WHERE ${limit === null ? '1=1' : `z___pivot_row_rank <= ${limit}`} OR z__pivot_col_ordering = 1 ORDER BY z___pivot_row_rank`,
  ]
}

/** The markers of Looker's conditional SQL in derived tables. */
const CONDITIONAL = /--\s*if (dev|prod)\s*--/

/** A derived table's SQL for `workspace`: that mode's marker removed, the other's left a comment. */
export function conditionalSql(sql: string, workspace: WorkspaceId): string {
  const live = workspace === 'dev' ? 'dev' : 'prod'
  return sql.replace(new RegExp(`--\\s*if ${live}\\s*--\\s?`, 'g'), '')
}

export const DEFAULT_LIMIT = 500

/** `limit` from the run parameters wins over the query's; `-1`/`0` mean no limit. */
export function effectiveLimit(queryLimit: unknown, override?: unknown): number | null {
  const raw = override ?? queryLimit
  if (raw === undefined || raw === null || raw === '') return DEFAULT_LIMIT
  const n = Number(raw)
  if (!Number.isFinite(n)) throw new FakeApiError(400, `Invalid limit "${String(raw)}"`)
  return n <= 0 ? null : Math.floor(n)
}

function unknownFields(
  ctx: ExploreContext,
  unknown: Array<{ name: string; where: string }>
): FakeApiError {
  const names = [...new Set(unknown.map((u) => u.name))]
  const where = `explore "${ctx.explore.name}" of model "${ctx.model.name}"`
  const message =
    names.length === 1
      ? `Unknown field: ${names[0]} does not exist in ${where}.`
      : `Unknown fields: ${names.join(', ')} do not exist in ${where}.`
  return new FakeApiError(
    422,
    message,
    unknown.map((u) => ({
      field: u.where,
      code: 'unknown_field',
      message: `${u.name} does not exist`,
    }))
  )
}

function wrapLookml<T>(fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (e instanceof LookmlRefError) throw new FakeApiError(422, `LookML error: ${e.message}`)
    throw e
  }
}

export interface CompileOptions {
  limit?: unknown
  now?: Date
  /**
   * Fields the explore does not have: `error` (422 naming them, the default here) or `drop`, as
   * real Looker does: left out of fields, filters and sorts without a word; only a query left with
   * no field at all is refused (docs/looker-api-behaviour.md "Unknown fields").
   */
  unknownFields?: 'error' | 'drop'
  /** The mode the query runs in (derived tables' conditional SQL); production by default. */
  workspace?: WorkspaceId
}

/** Compiles `body` against one explore; `now` anchors relative date filters. */
export function compileQuery(
  ctx: ExploreContext,
  body: QueryBody,
  opts: CompileOptions = {}
): CompiledQuery {
  return wrapLookml(() => compile(ctx, body, opts))
}

const NO_FIELDS = 'Must query at least one dimension or measure'

/** The query with every field the explore lacks left out, as Looker does. */
function dropUnknown(ctx: ExploreContext, body: QueryBody): QueryBody {
  const known = (name: string) => resolveField(ctx, name) !== null
  const fields = (body.fields ?? []).filter(known)
  if (fields.length === 0) throw new FakeApiError(400, NO_FIELDS)
  const filters = Object.fromEntries(Object.entries(body.filters ?? {}).filter(([n]) => known(n)))
  const sorts = (body.sorts ?? []).filter((s) => known(s.trim().split(/\s+/)[0] ?? ''))
  return { ...body, fields, filters, sorts }
}

function compile(ctx: ExploreContext, given: QueryBody, opts: CompileOptions): CompiledQuery {
  const body = opts.unknownFields === 'drop' ? dropUnknown(ctx, given) : given
  const names = [...new Set(body.fields ?? [])]
  if (names.length === 0) throw new FakeApiError(400, NO_FIELDS)
  const unknown: Array<{ name: string; where: string }> = []
  const resolve = (name: string, where: string) => {
    const field = resolveField(ctx, name)
    if (!field) unknown.push({ name, where })
    return field
  }
  const selected = names.map((n) => resolve(n, 'fields'))
  const filters = Object.entries(body.filters ?? {})
    .filter(([, expr]) => expr !== null && expr !== undefined && expr.trim() !== '')
    .map(([name, expr]) => ({ field: resolve(name, 'filters'), expr: expr as string, name }))
  const sortSpecs = (body.sorts ?? []).map((s) => {
    const [name = '', dir] = s.trim().split(/\s+/)
    return { field: resolve(name, 'sorts'), desc: dir?.toLowerCase() === 'desc' }
  })
  if (unknown.length > 0) throw unknownFields(ctx, unknown)

  const fields = selected as ResolvedField[]
  const dims = fields.filter((f) => f.kind === 'dimension')
  const ordered = [...dims, ...fields.filter((f) => f.kind === 'measure')]
  const where: string[] = []
  const having: string[] = []
  for (const { field, expr, name } of filters) {
    try {
      const condition = filterToSql(field!.sql, field!.filterType, expr, opts.now)
      ;(field!.kind === 'measure' ? having : where).push(condition)
    } catch (e) {
      if (!(e instanceof FilterError)) throw e
      const message = `Invalid filter on ${name}: ${e.message}`
      throw new FakeApiError(422, message, [{ field: 'filters', code: 'invalid_filter', message }])
    }
  }

  // A sort on a field the query does not select is ignored, as the Explore drops it.
  let sorts = sortSpecs.flatMap((s) => {
    const field = ordered.find((f) => f.name === s.field!.name)
    return field ? [{ field, desc: s.desc }] : []
  })
  const addedSorts = sorts.length === 0
  if (addedSorts) sorts = [defaultSort(ordered)]
  const limit = effectiveLimit(body.limit, opts.limit)

  const views = new Set([...fields, ...filters.map((f) => f.field!)].map((f) => f.view.name))
  const from = fromClause(ctx, views)
  const workspace = opts.workspace ?? 'production'
  const lines = from.derived.map(
    (v, i) =>
      // The closing parenthesis on its own line: the SQL may end in a comment.
      `${i === 0 ? 'WITH' : ','} ${v.name} AS (${conditionalSql(v.derivedTableSql!, workspace)}\n      )`
  )
  lines.push('SELECT')
  lines.push(
    ordered
      .map((f) => `    ${f.sql}${f.kind === 'dimension' ? '  ' : ' '}AS ${f.alias}`)
      .join(',\n')
  )
  lines.push(...from.lines)
  if (where.length) lines.push(`WHERE ${where.join(' AND ')}`)
  if (dims.length) lines.push('GROUP BY', `    ${dims.map((_, i) => i + 1).join(',')}`)
  if (having.length) lines.push(`HAVING ${having.join(' AND ')}`)
  const pivots = (body.pivots ?? []).flatMap((name) => dims.filter((d) => d.name === name))
  if (pivots.length) {
    const rowDims = dims.filter((d) => !pivots.includes(d))
    const start = from.derived.length
    lines.splice(
      start,
      lines.length - start,
      ...pivotSql(lines.slice(start), pivots, rowDims, sorts, limit)
    )
  } else {
    const order = sorts.map((s) => `${ordered.indexOf(s.field) + 1}${s.desc ? ' DESC' : ''}`)
    lines.push('ORDER BY', `    ${order.join(',\n    ')}`)
    if (limit !== null) lines.push(`LIMIT ${limit}`)
  }
  return {
    sql: lines.join('\n'),
    pivots: pivots.map((p) => p.name),
    tableCalcs: tableCalcsOf(body.dynamic_fields),
    fields: ordered,
    sorts: sorts.map((s) => `${s.field.name}${s.desc ? ' desc' : ''}`),
    addedSorts,
    limit,
    devModeSql:
      workspace === 'dev' && from.derived.some((v) => CONDITIONAL.test(v.derivedTableSql!)),
  }
}

/** Looker's default: the first date dimension descending, else the first measure descending. */
function defaultSort(fields: ResolvedField[]): { field: ResolvedField; desc: boolean } {
  const date = fields.find((f) => f.kind === 'dimension' && f.filterType === 'date')
  const measure = fields.find((f) => f.kind === 'measure')
  if (date) return { field: date, desc: true }
  if (measure) return { field: measure, desc: true }
  return { field: fields[0]!, desc: false }
}

/** A view in FROM or a join: its table, or its derived table's name (defined in WITH). */
const tableOf = (view: LookmlView) =>
  view.derivedTableSql ? view.name : `${view.sqlTableName}  AS ${view.name}`

/**
 * FROM plus the joins needed for `views`, and any joins those joins' ON clauses reference; and
 * the derived tables among them, which the query defines first.
 */
function fromClause(
  ctx: ExploreContext,
  views: Set<string>
): { lines: string[]; derived: LookmlView[] } {
  const base = ctx.project.views.find((v) => v.name === ctx.baseView)
  if (!base) throw new LookmlRefError(`Unknown view "${ctx.baseView}"`)
  const needed = new Set(views)
  for (let changed = true; changed;) {
    changed = false
    for (const join of ctx.explore.joins) {
      if (!needed.has(join.view)) continue
      for (const m of join.sqlOn.matchAll(/\$\{(\w+)\./g)) {
        if (needed.has(m[1]!)) continue
        needed.add(m[1]!)
        changed = true
      }
    }
  }
  const lines = [`FROM ${tableOf(base)}`]
  const derived = base.derivedTableSql ? [base] : []
  for (const join of ctx.explore.joins) {
    if (!needed.has(join.view) || join.view === ctx.baseView) continue
    const view = ctx.project.views.find((v) => v.name === join.view)
    if (!view)
      throw new LookmlRefError(
        `Unknown view "${join.view}" joined in explore "${ctx.explore.name}"`
      )
    if (view.derivedTableSql) derived.push(view)
    lines.push(`LEFT JOIN ${tableOf(view)} ON ${expandSql(ctx, base, join.sqlOn)}`)
  }
  return { lines, derived }
}

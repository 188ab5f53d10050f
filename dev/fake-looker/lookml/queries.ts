/**
 * The query store: `create_query` bodies become immutable, de-duplicated `Query` objects with
 * string ids (docs/looker-api-behaviour.md "Query results"). A query names only model and explore, never a workspace, so one
 * id runs on production or development LookML depending on who runs it and how.
 */
import { createHash } from 'crypto'
import { FakeApiError } from '../errors'
import type { QueryBody } from './compile'

/** The writable `Query` fields, in a fixed order (this order is also the de-duplication key). */
const WRITABLE = [
  'model',
  'view',
  'fields',
  'pivots',
  'fill_fields',
  'filters',
  'filter_expression',
  'sorts',
  'limit',
  'column_limit',
  'total',
  'row_total',
  'subtotals',
  'vis_config',
  'filter_config',
  'visible_ui_sections',
  'dynamic_fields',
  'query_timezone',
] as const

/** `Query.can` for a user who may do everything (the recorded key set, docs/looker-api-behaviour.md "can maps"). */
const QUERY_CAN = Object.fromEntries(
  [
    'run',
    'see_results',
    'explore',
    'create',
    'show',
    'cost_estimate',
    'index',
    'see_lookml',
    'see_aggregate_table_lookml',
    'see_derived_table_lookml',
    'see_sql',
    'save',
    'generate_drill_links',
    'download',
    'download_unlimited',
    'use_custom_fields',
    'edit_custom_fields',
    'edit_table_calculations',
    'schedule',
    'render',
  ].map((k) => [k, true])
)

export type ApiQuery = QueryBody & Record<string, unknown> & { id: string }

function invalid(field: string, code: string, message: string): FakeApiError {
  return new FakeApiError(422, 'Validation Failed', [{ field, code, message }])
}

const isStringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string')

/** Checks a `Query` body and returns its writable fields, `limit` as a string like Looker's. */
export function normalizeQueryBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new FakeApiError(400, 'Query body must be a JSON object')
  const b = body as Record<string, unknown>
  for (const key of ['model', 'view']) {
    if (typeof b[key] !== 'string' || b[key] === '')
      throw invalid(key, 'missing', 'This field is required.')
  }
  for (const key of ['fields', 'pivots', 'fill_fields', 'sorts', 'subtotals']) {
    if (b[key] !== undefined && b[key] !== null && !isStringArray(b[key]))
      throw invalid(key, 'invalid', 'Must be an array of strings.')
  }
  const filters = b.filters
  if (filters !== undefined && filters !== null) {
    const ok =
      typeof filters === 'object' &&
      !Array.isArray(filters) &&
      Object.values(filters).every((v) => v === null || typeof v === 'string')
    if (!ok)
      throw invalid('filters', 'invalid', 'Must be an object of field name to filter expression.')
  }
  const out: Record<string, unknown> = {}
  for (const key of WRITABLE) out[key] = b[key] ?? null
  for (const key of ['limit', 'column_limit'] as const) {
    if (out[key] !== null) out[key] = String(out[key])
  }
  return out
}

function explorePath(q: Record<string, unknown>): string {
  const params: string[] = []
  const fields = q.fields as string[] | null
  if (fields?.length) params.push(`fields=${fields.join(',')}`)
  for (const [k, v] of Object.entries((q.filters as Record<string, string> | null) ?? {})) {
    params.push(`f[${k}]=${encodeURIComponent(v ?? '')}`)
  }
  const sorts = q.sorts as string[] | null
  if (sorts?.length) params.push(`sorts=${sorts.map((s) => s.replace(/ /g, '+')).join(',')}`)
  if (q.limit !== null) params.push(`limit=${q.limit}`)
  return `/explore/${q.model}/${q.view}?${params.join('&')}`
}

/** Immutable queries by id; creating an identical body returns the existing query. */
export class QueryStore {
  private readonly byId = new Map<string, ApiQuery>()
  private readonly byKey = new Map<string, string>()

  constructor(private readonly webBaseUrl: string) {}

  /** `create_query`: 422 for a body without model/view; otherwise the (possibly existing) query. */
  create(body: unknown): ApiQuery {
    const normalized = normalizeQueryBody(body)
    const key = JSON.stringify(normalized)
    const existing = this.byKey.get(key)
    if (existing) return this.byId.get(existing)!
    const id = String(this.byId.size + 1)
    const hash = createHash('sha1').update(key).digest('hex')
    const clientId = BigInt(`0x${hash}`).toString(36).slice(0, 22).padEnd(22, '0')
    const url = explorePath(normalized)
    const query = {
      can: QUERY_CAN,
      id,
      ...normalized,
      slug: clientId.slice(0, 7),
      client_id: clientId,
      share_url: `${this.webBaseUrl}/x/${clientId}`,
      expanded_share_url: `${this.webBaseUrl}${url}`,
      url,
      has_table_calculations: /"table_calculation"/.test(String(normalized.dynamic_fields ?? '')),
    } as unknown as ApiQuery
    this.byId.set(id, query)
    this.byKey.set(key, id)
    return query
  }

  /** `query`: 404 for an unknown id. */
  get(id: string): ApiQuery {
    const query = this.byId.get(id)
    if (!query) throw new FakeApiError(404, 'Not found')
    return query
  }
}

/**
 * The query panel's state lives in the URL (`/query?model=…&explore=…&fields=a,b&f[a]=…&sorts=…
 * &limit=…&pivots=…&dynamic_fields=…`, named as in Looker's Explore addresses) so a query can be
 * shared. Parsing and checking user input are pure functions here.
 */
import type { QuerySpec } from '../../looker'

export const DEFAULT_LIMIT = 500
export const MAX_LIMIT = 5000

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * The longest query part (`?model=…`) of a link the app keeps: with Looker's host and the
 * extension's path the whole address stays under 2,000 characters, which every browser, proxy
 * and Looker takes (RFC 9110 section 4.1; Looker answers longer ones 414 at an undocumented
 * length: docs/looker-api-behaviour.md, "Long addresses").
 */
export const SAFE_LINK_LENGTH = 2000
export const SAFE_SEARCH_LENGTH = 1800

// A comma list from a link, each name once: a field repeated many times is that field.
const list = (v: string | null) =>
  v
    ? [
        ...new Set(
          v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        ),
      ]
    : []

/** The spec a URL search string describes; missing parts are empty, a bad limit is the default. */
export function specFromSearch(search: string): QuerySpec {
  const params = new URLSearchParams(search)
  const filters: Record<string, string> = {}
  params.forEach((value, key) => {
    const m = /^f\[(.+)\]$/.exec(key)
    if (m) filters[m[1]!] = value
  })
  const limit = parseLimit(params.get('limit') ?? String(DEFAULT_LIMIT))
  const pivots = list(params.get('pivots'))
  const dynamicFields = params.get('dynamic_fields')
  return {
    model: params.get('model') ?? '',
    explore: params.get('explore') ?? '',
    fields: list(params.get('fields')),
    filters,
    sorts: list(params.get('sorts')),
    limit: limit.ok ? limit.value : DEFAULT_LIMIT,
    ...(pivots.length ? { pivots } : {}),
    ...(dynamicFields ? { dynamicFields } : {}),
  }
}

function queryString(spec: QuerySpec, withExplore: boolean): string {
  const params = new URLSearchParams()
  if (withExplore && spec.model) params.set('model', spec.model)
  if (withExplore && spec.explore) params.set('explore', spec.explore)
  if (spec.fields.length) params.set('fields', spec.fields.join(','))
  for (const [field, expression] of Object.entries(spec.filters))
    params.set(`f[${field}]`, expression)
  if (spec.sorts.length) params.set('sorts', spec.sorts.join(','))
  params.set('limit', String(spec.limit))
  if (spec.pivots?.length) params.set('pivots', spec.pivots.join(','))
  if (spec.dynamicFields) params.set('dynamic_fields', spec.dynamicFields)
  return params.toString()
}

/** The URL search string (without `?`) for `spec`. */
export function searchFromSpec(spec: QuerySpec): string {
  return queryString(spec, true)
}

/** Looker's own Explore URL for `spec` (for `updateLocation`). */
export function exploreUrl(spec: QuerySpec): string {
  const path = `/explore/${encodeURIComponent(spec.model)}/${encodeURIComponent(spec.explore)}`
  return `${path}?${queryString(spec, false)}`
}

/** A row limit typed by the user: a whole number from 1 to 5,000. */
export function parseLimit(text: string): Parsed<number> {
  const trimmed = text.trim()
  const n = Number(trimmed)
  if (!/^\d+$/.test(trimmed) || n < 1 || n > MAX_LIMIT) {
    return {
      ok: false,
      message: `The limit must be a whole number from 1 to ${MAX_LIMIT.toLocaleString('en-US')}.`,
    }
  }
  return { ok: true, value: n }
}

const SORT = /^([a-z_][\w]*\.[a-z_][\w]*)(?:\s+(asc|desc))?$/i

/** Sorts typed as Looker writes them (`orders.total_revenue desc, orders.status`), each on a chosen field. */
export function parseSorts(text: string, fields: readonly string[]): Parsed<string[]> {
  const sorts: string[] = []
  for (const part of list(text)) {
    const m = SORT.exec(part)
    if (!m)
      return {
        ok: false,
        message: `"${part}" is not a sort: write a field name, then asc or desc.`,
      }
    if (!fields.includes(m[1]!)) {
      return { ok: false, message: `Sort on ${m[1]} needs that field in the query.` }
    }
    sorts.push(m[2] ? `${m[1]} ${m[2].toLowerCase()}` : m[1]!)
  }
  return { ok: true, value: sorts }
}

/** The table calculations and custom fields in `dynamic_fields`: each one's name and label. */
export function dynamicFieldsOf(
  text: string | null | undefined
): { name: string; label: string }[] {
  if (!text) return []
  try {
    const list: unknown = JSON.parse(text)
    if (!Array.isArray(list)) return [{ name: '', label: '(unreadable)' }]
    return list.map((f: Record<string, unknown> | null) => {
      const name = String(f?.table_calculation ?? f?.measure ?? f?.dimension ?? '')
      return { name, label: String(f?.label ?? (name || 'unnamed')) }
    })
  } catch {
    return [{ name: '', label: '(unreadable)' }]
  }
}

/** Whether the spec can run: a model, an explore and at least one field. */
export function isRunnable(spec: QuerySpec): boolean {
  return spec.model !== '' && spec.explore !== '' && spec.fields.length > 0
}

import type { ApiError } from './ApiError'

/**
 * The query's fields that Looker's error names, e.g. `orders.average_discount` in "Unknown field:
 * orders.average_discount does not exist". When one mode's run fails this way, those fields do not
 * exist in that mode. Matched as whole field names, so `orders.count` never matches `orders.count_x`.
 */
export function missingFields(error: ApiError, fields: readonly string[]): string[] {
  // Looker drops unknown fields silently and refuses only a query left with none: then every
  // field of the query is missing in this mode (docs/looker-api-behaviour.md "Unknown fields").
  if (/must query at least one dimension or measure/i.test(error.message)) return [...fields]
  const text = [error.message, ...error.fieldErrors.map((f) => f.message)].join('\n')
  return fields.filter((field) => {
    const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return new RegExp(`(^|[^\\w.])${escaped}(?![\\w])`).test(text)
  })
}

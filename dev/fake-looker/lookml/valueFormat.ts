/**
 * Looker's named value formats, as `json_detail` renders a cell (`{value, rendered}`): a field with
 * a `value_format_name` gets a `rendered` string, a field without one gets none. Patterns from
 * Looker's list of default format names
 * (https://cloud.google.com/looker/docs/reference/param-field-value-format-name).
 */
import type { ValueFormatName } from './types'

interface NamedFormat {
  /** The Excel-style pattern Looker reports as the field's `value_format`. */
  pattern: string
  prefix: string
  decimals: number
}

export const VALUE_FORMATS: Record<ValueFormatName, NamedFormat> = {
  usd: { pattern: '$#,##0.00', prefix: '$', decimals: 2 },
  usd_0: { pattern: '$#,##0', prefix: '$', decimals: 0 },
  decimal_0: { pattern: '#,##0', prefix: '', decimals: 0 },
  decimal_2: { pattern: '#,##0.00', prefix: '', decimals: 2 },
}

/** The rendered text of `value`, or undefined when Looker would send no `rendered`. */
export function renderValue(value: unknown, name: ValueFormatName | undefined): string | undefined {
  if (!name || typeof value !== 'number') return undefined
  const { prefix, decimals } = VALUE_FORMATS[name]
  const text = Math.abs(value).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  })
  return `${value < 0 ? '-' : ''}${prefix}${text}`
}

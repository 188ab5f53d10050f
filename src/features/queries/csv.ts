import type { Row } from '../../looker'

function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** RFC 4180 CSV: a header of column labels, then one line per row in `columns` order. */
export function toCsv(
  columns: ReadonlyArray<{ name: string; label: string }>,
  rows: Row[]
): string {
  const lines = [columns.map((c) => cell(c.label)).join(',')]
  for (const row of rows) lines.push(columns.map((c) => cell(row[c.name])).join(','))
  return lines.join('\r\n') + '\r\n'
}

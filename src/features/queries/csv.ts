import type { Row } from '../../looker'

// OWASP "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection): a cell starting
// with one of these is run as a formula by spreadsheet programs.
const FORMULA_START = /^[=+\-@\t\r]/
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i

function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  // Numbers stay numeric (a negative number is not a formula); any other text that would start a
  // formula gets a leading single quote, which makes it text, and is quoted.
  const formula = FORMULA_START.test(text) && !NUMBER.test(text)
  if (formula) text = `'${text}`
  return formula || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * RFC 4180 CSV: a header of column labels, then one line per row in `columns` order; cells and
 * labels that a spreadsheet would run as formulas are neutralised.
 */
export function toCsv(
  columns: ReadonlyArray<{ name: string; label: string }>,
  rows: Row[]
): string {
  const lines = [columns.map((c) => cell(c.label)).join(',')]
  for (const row of rows) lines.push(columns.map((c) => cell(row[c.name])).join(','))
  return lines.join('\r\n') + '\r\n'
}

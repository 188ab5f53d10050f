/**
 * Date filter terms. Each term is a half-open range `[start, end)` of ISO dates compared as text
 * (the demo stores dates as `YYYY-MM-DD[ hh:mm:ss]`). Relative terms count whole UTC days from
 * `now`, as Looker counts complete periods that include the current one.
 */

/** A SQL string literal. */
export const quote = (value: string) => `'${value.replace(/'/g, "''")}'`

type Range = [start: string | null, end: string | null]

const iso = (d: Date) => d.toISOString().slice(0, 10)
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d))
const UNITS = 'day|week|month|year'

/** The period an absolute date names: a year, a month or a day. */
function absolute(text: string): Range | null {
  const m = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/.exec(text.trim())
  if (!m) return null
  const y = Number(m[1])
  if (m[3]) {
    const d = utc(y, Number(m[2]) - 1, Number(m[3]))
    return [iso(d), iso(utc(y, d.getUTCMonth(), d.getUTCDate() + 1))]
  }
  if (m[2]) return [iso(utc(y, Number(m[2]) - 1, 1)), iso(utc(y, Number(m[2]), 1))]
  return [iso(utc(y, 0, 1)), iso(utc(y + 1, 0, 1))]
}

/** The `n` latest periods of `unit`, the current one included. */
function lastPeriods(n: number, unit: string, now: Date): Range {
  const y = now.getUTCFullYear()
  const mo = now.getUTCMonth()
  const d = now.getUTCDate()
  const tomorrow = iso(utc(y, mo, d + 1))
  if (unit === 'day') return [iso(utc(y, mo, d - n + 1)), tomorrow]
  if (unit === 'week') return [iso(utc(y, mo, d - 7 * n + 1)), tomorrow]
  if (unit === 'month') return [iso(utc(y, mo - n + 1, 1)), iso(utc(y, mo + 1, 1))]
  return [iso(utc(y - n + 1, 0, 1)), iso(utc(y + 1, 0, 1))]
}

function relative(term: string, now: Date): Range | null {
  const t = term.trim().toLowerCase()
  const y = now.getUTCFullYear()
  const mo = now.getUTCMonth()
  const d = now.getUTCDate()
  if (t === 'today') return lastPeriods(1, 'day', now)
  if (t === 'yesterday') return [iso(utc(y, mo, d - 1)), iso(utc(y, mo, d))]
  let m = new RegExp(`^(?:last )?(\\d+) (${UNITS})s?$`).exec(t)
  if (m) return lastPeriods(Number(m[1]), m[2]!, now)
  m = /^(\d+) days? ago$/.exec(t)
  if (m) return [iso(utc(y, mo, d - Number(m[1]))), iso(utc(y, mo, d - Number(m[1]) + 1))]
  m = /^(this|last) (month|year)$/.exec(t)
  if (m) {
    const back = m[1] === 'last' ? 1 : 0
    if (m[2] === 'month') return [iso(utc(y, mo - back, 1)), iso(utc(y, mo - back + 1, 1))]
    return [iso(utc(y - back, 0, 1)), iso(utc(y - back + 1, 0, 1))]
  }
  return null
}

const point = (text: string, now: Date) => absolute(text) ?? relative(text, now)

function range(term: string, now: Date): Range | null {
  const to = /^(.+?)\s+to\s+(.+)$/i.exec(term)
  if (to) {
    const from = point(to[1]!, now)
    const until = point(to[2]!, now)
    return from && until ? [from[0], until[0]] : null
  }
  const before = /^before\s+(.+)$/i.exec(term)
  if (before) {
    const p = point(before[1]!, now)
    return p ? [null, p[0]] : null
  }
  const after = /^after\s+(.+)$/i.exec(term)
  if (after) {
    const p = point(after[1]!, now)
    return p ? [p[0], null] : null
  }
  return point(term, now)
}

/** One date term as SQL on `x` (already wrapped as `(sql )`), or null when unreadable. */
export function dateTerm(x: string, term: string, now: Date): string | null {
  if (/^NULL$/i.test(term)) return `${x} IS NULL`
  if (/^NOT NULL$/i.test(term)) return `${x} IS NOT NULL`
  const r = range(term, now)
  if (!r) return null
  const parts = [r[0] && `${x} >= ${quote(r[0])}`, r[1] && `${x} < ${quote(r[1])}`]
  const present = parts.filter((p): p is string => !!p)
  return present.join(' AND ')
}

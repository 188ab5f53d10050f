import type { Parsed } from '../querySpec'

/** The numeric tolerance of a comparison: a number of zero or more. */
export function parseTolerance(text: string): Parsed<number> {
  const n = Number(text.trim())
  if (text.trim() === '' || !Number.isFinite(n) || n < 0) {
    return { ok: false, message: 'The tolerance must be a number of zero or more, e.g. 0.01.' }
  }
  return { ok: true, value: n }
}

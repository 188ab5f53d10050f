/** Small formatting helpers every feature shares. */

/** "1 commit", "2 commits"; pass `many` for irregular plurals ("1 query", "2 queries"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** A commit time in UTC (deterministic whatever the browser's zone), e.g. "2025-11-19 00:10 UTC". */
export function formatCommitTime(unixSeconds: number | null): string {
  if (unixSeconds === null) return '—'
  return `${new Date(unixSeconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/**
 * The whole check: find the content, compare every distinct query's SQL, run both ways only those
 * whose SQL differs. What was measured is handed to `save` as it goes, so a reload (or a Cancel)
 * resumes from there on the same commit.
 */
import type { ExploreDetail, LookerApi } from '../../looker'
import { findContent } from './find'
import { compareRows, compareSql } from './measure'
import { pool } from './pool'
import type { ContentImpact, QueryOutcome } from './types'

/** Measured outcomes by query key, kept per project and commit. */
export interface Measured {
  commit: string | null
  tolerance: number
  /** False while a run is under way or was stopped: the next run resumes from it. */
  finished: boolean
  outcomes: Record<string, QueryOutcome>
}

export interface CheckOptions {
  projectId: string
  commit: string | null
  concurrency: number
  tolerance: number
  /** What an earlier, unfinished run on this commit measured. */
  resume: Measured | null
  save(measured: Measured): void
  progress(text: string): void
  now?: () => number
}

const SAVE_EVERY_MS = 2000

export const seconds = (ms: number) => `${Math.round(ms / 1000)} s`

export async function runContentCheck(
  api: LookerApi,
  signal: AbortSignal,
  o: CheckOptions
): Promise<ContentImpact> {
  const now = o.now ?? Date.now
  const started = now()
  o.progress('Finding the dashboards and Looks on this project’s models')
  const found = await findContent(api, o.projectId, signal, o.concurrency)
  const keep = o.resume && o.resume.commit === o.commit && o.resume.tolerance === o.tolerance
  const outcomes: Record<string, QueryOutcome> = keep ? { ...o.resume!.outcomes } : {}
  const keys = Object.keys(found.queries)
  const todo = keys.filter((k) => !outcomes[k])
  const total = keys.length
  let running = 0
  let savedAt = now()
  const measured = (finished: boolean): Measured => ({
    commit: o.commit,
    tolerance: o.tolerance,
    finished,
    outcomes,
  })
  const report = () => {
    const done = keys.filter((k) => outcomes[k]).length
    const both = running ? `, ${running} running both ways` : ''
    o.progress(`Measured ${done} of ${total} queries${both} · ${seconds(now() - started)}`)
  }
  const record = (key: string, outcome: QueryOutcome) => {
    outcomes[key] = outcome
    if (now() - savedAt >= SAVE_EVERY_MS) {
      savedAt = now()
      o.save(measured(false))
    }
    report()
  }
  const tick = setInterval(report, 1000)
  let finished = false
  try {
    report()
    const differing: string[] = []
    await pool(todo, o.concurrency, signal, async (key) => {
      const sql = await compareSql(api, found.queries[key]!)
      if ('failed' in sql) record(key, sql.failed)
      else if (sql.sameSql) record(key, { kind: 'same-sql' })
      else differing.push(key)
    })
    const explores = new Map<string, Promise<ExploreDetail | null>>()
    const exploreOf = (model: string, explore: string) => {
      const k = `${model}::${explore}`
      if (!explores.has(k))
        explores.set(
          k,
          api.getExplore(model, explore).catch(() => null)
        )
      return explores.get(k)!
    }
    // Both sides of a comparison run at once: half as many comparisons as queries in flight.
    const lanes = Math.max(1, Math.floor(o.concurrency / 2))
    await pool(differing, lanes, signal, async (key) => {
      const q = found.queries[key]!
      running++
      try {
        const explore = await exploreOf(q.model, q.explore)
        record(key, await compareRows(api, q, explore, o.tolerance, signal))
      } finally {
        running--
      }
    })
    finished = true
  } finally {
    clearInterval(tick)
    o.save(measured(finished))
  }
  const queries: ContentImpact['queries'] = {}
  for (const key of keys)
    queries[key] = { query: found.queries[key]!, outcome: outcomes[key] ?? null }
  return { items: found.items, failures: found.failures, queries, tolerance: o.tolerance }
}

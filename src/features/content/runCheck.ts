/**
 * The whole check: find the content, compare every distinct query's SQL, run both ways only those
 * whose SQL differs. What was measured is handed to `save` as it goes, so a reload (or a Cancel)
 * resumes from there on the same commit.
 */
import { ApiError } from '../../looker'
import type { ExploreDetail, LookerApi, RunMode, WorkspaceId } from '../../looker'
import { Cancelled } from '../../shared/abort'
import { findContent } from './find'
import { compareRows, failedOn, type DevSide } from './measure'
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
  /** What an earlier, unfinished run on this commit measured (read while the content is found). */
  resume: Measured | null | Promise<Measured | null>
  save(measured: Measured): void
  progress(text: string): void
  /**
   * Runs reads whose answer depends on the session's workspace (the branch's side), never during
   * a switch or a visit; `onWait` with what it waits for (e.g. "the content validation visits
   * production") when it has to wait for one to end.
   */
  devSide<T>(work: () => Promise<T>, onWait: (why: string) => void): Promise<T>
  /** The session's workspace as Looker reports it now. */
  workspace(): Promise<WorkspaceId>
  now?: () => number
}

const SAVE_EVERY_MS = 2000
const REPORT_EVERY_MS = 250

/**
 * SQL reads in flight at once, both sides counted. Reading SQL runs nothing on the database, so
 * Looker's per-user limit of running queries (what "Queries at once" keeps under) is not spent
 * on it (docs/content-impact.md, "SQL first, then rows").
 */
export const SQL_IN_FLIGHT = 16

export const NOT_DEV =
  'The session is not in Development Mode, so the branch’s SQL cannot be read: turn on Development Mode and run the check again.'
export const LEFT_DEV =
  'The session left Development Mode while the check ran (another tab?), so what was read as the branch may be production: run the check again.'

export const seconds = (ms: number) => `${Math.round(ms / 1000)} s`

export async function runContentCheck(
  api: LookerApi,
  signal: AbortSignal,
  o: CheckOptions
): Promise<ContentImpact> {
  const now = o.now ?? Date.now
  const started = now()
  let finding = true
  let done = 0
  let total = 0
  let running = 0
  let reportedAt = 0
  let waiting: string | null = null
  function report(force = false) {
    if (!force && now() - reportedAt < REPORT_EVERY_MS) return
    reportedAt = now()
    const both = running ? `, ${running} running both ways` : ''
    const wait = waiting ? ` · waiting while ${waiting}` : ''
    if (finding) o.progress(`Finding the dashboards and Looks on this project’s models${wait}`)
    else
      o.progress(`Measured ${done} of ${total} queries${both}${wait} · ${seconds(now() - started)}`)
  }
  const onWait = (why: string) => {
    waiting = why
    report(true)
  }
  const devSide: DevSide = (work) =>
    o.devSide(async () => {
      waiting = null
      return work()
    }, onWait)
  report(true)
  // The models, LookML dashboards and the branch's SQL are the session's workspace's.
  const [workspace, found] = await Promise.all([
    o.workspace(),
    devSide(() => findContent(api, o.projectId, signal)),
  ])
  if (workspace !== 'dev') throw new ApiError(NOT_DEV, 'unexpected')
  const resume = await o.resume
  const keep = resume && resume.commit === o.commit && resume.tolerance === o.tolerance
  const outcomes: Record<string, QueryOutcome> = keep ? { ...resume.outcomes } : {}
  const keys = Object.keys(found.queries)
  const todo = keys.filter((k) => !outcomes[k])
  finding = false
  total = keys.length
  done = total - todo.length
  let savedAt = now()
  const measured = (finished: boolean): Measured => ({
    commit: o.commit,
    tolerance: o.tolerance,
    finished,
    outcomes,
  })
  const record = (key: string, outcome: QueryOutcome) => {
    outcomes[key] = outcome
    done++
    if (now() - savedAt >= SAVE_EVERY_MS) {
      savedAt = now()
      o.save(measured(false))
    }
    report()
  }
  const tick = setInterval(() => report(true), 1000)
  let finished = false
  try {
    report(true)
    // Each query's two SQL reads are items of one pool: a slow answer holds up one read, not a
    // pair of lanes.
    const sql: Record<string, Partial<Record<RunMode, string>>> = {}
    const differing: string[] = []
    const reads = todo.flatMap((key) => [
      { key, mode: 'production' as const },
      { key, mode: 'dev' as const },
    ])
    await pool(reads, SQL_IN_FLIGHT, signal, async ({ key, mode }) => {
      if (outcomes[key]) return // the other side failed
      const query = found.queries[key]!
      let text: string
      try {
        const read = () => api.getSavedQuerySql(query, mode)
        text = await (mode === 'dev' ? devSide(read) : read())
      } catch (e) {
        if (e instanceof Cancelled) throw e
        if (!outcomes[key]) record(key, failedOn(mode, e))
        return
      }
      if (outcomes[key]) return
      const both = (sql[key] ??= {})
      both[mode] = text
      if (both.production === undefined || both.dev === undefined) return
      delete sql[key]
      if (both.production === both.dev) record(key, { kind: 'same-sql' })
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
        record(key, await compareRows(api, q, explore, o.tolerance, signal, devSide))
      } finally {
        running--
      }
    })
    // Another tab may have switched the session meanwhile: then nothing measured is kept.
    if ((await o.workspace()) !== 'dev') {
      for (const key of Object.keys(outcomes)) delete outcomes[key]
      throw new ApiError(LEFT_DEV, 'unexpected')
    }
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

/**
 * Measuring one query both ways without switching the session, once its SQL differs (runCheck.ts
 * reads the SQL): its rows both ways as query tasks, matched as Test query's comparison matches
 * them (src/shared/resultDiff.ts).
 */
import { toApiError } from '../../looker'
import type { ExploreDetail, LookerApi, Row, RunMode, SavedQuery } from '../../looker'
import { Cancelled, check } from '../../shared/abort'
import { resultDiff, type DiffColumn } from '../../shared/resultDiff'
import type { QueryOutcome, Side } from './types'

const POLL_MS = [100, 200, 400, 800, 1000]
/** A query still running after this long is reported as timed out (Looker is asked to stop it). */
export const RUN_TIMEOUT_MS = 5 * 60_000

const sideOf = (mode: RunMode): Side => (mode === 'production' ? 'production' : 'development')

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms)
    function done() {
      signal.removeEventListener('abort', stop)
      resolve()
    }
    function stop() {
      clearTimeout(timer)
      reject(new Cancelled())
    }
    signal.addEventListener('abort', stop, { once: true })
  })
}

/** Looker's refusal on one side, as that side's outcome. */
export function failedOn(mode: RunMode, e: unknown): QueryOutcome {
  const error = toApiError(e)
  return {
    kind: 'failed',
    side: sideOf(mode),
    message: error.message,
    documentationUrl: error.documentationUrl,
  }
}

class SideFailed extends Error {
  constructor(readonly outcome: QueryOutcome) {
    super('side failed')
  }
}

async function onSide<T>(mode: RunMode, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (e) {
    if (e instanceof Cancelled) throw e
    throw new SideFailed(failedOn(mode, e))
  }
}

/**
 * Where the branch's side is asked for: its answer depends on the session's workspace, so it
 * waits while a switch or a visit (Ship's content validation) has the session elsewhere.
 */
export type DevSide = <T>(work: () => Promise<T>) => Promise<T>

type Rows = { rows: Row[]; fields: string[] | null } | 'timed-out'

async function rowsOf(
  api: LookerApi,
  id: string,
  mode: RunMode,
  signal: AbortSignal,
  devSide: DevSide
): Promise<Rows> {
  const start = () => api.startQueryTask(id, mode)
  const task = await onSide(mode, () => (mode === 'dev' ? devSide(start) : start()))
  const deadline = Date.now() + RUN_TIMEOUT_MS
  try {
    for (let i = 0; ; i++) {
      check(signal)
      const results = await onSide(mode, () => api.getQueryTaskResults(task.id))
      if (results.done) return results
      if (Date.now() > deadline) {
        api.cancelQueryTask(task.id).catch(() => undefined)
        return 'timed-out'
      }
      await wait(POLL_MS[Math.min(i, POLL_MS.length - 1)]!, signal)
    }
  } catch (e) {
    // Cancel stops Looker's task too: the person no longer waits for it.
    if (e instanceof Cancelled) api.cancelQueryTask(task.id).catch(() => undefined)
    throw e
  }
}

/** Columns: the explore's dimensions are matched on; anything else (measures, table calculations, pivoted cells) is compared. */
function columnsOf(names: string[], explore: ExploreDetail | null): DiffColumn[] {
  const dims = new Set(explore?.dimensions.map((d) => d.name) ?? [])
  return names.map((name) => ({ name, category: dims.has(name) ? 'dimension' : 'measure' }))
}

function largest(rows: ReturnType<typeof resultDiff>['rows']) {
  let abs: number | null = null
  let rel: number | null = null
  for (const r of rows) {
    if (r.kind !== 'changed') continue
    for (const c of r.changed) {
      const a = r.production?.[c]
      const b = r.development?.[c]
      if (typeof a !== 'number' || typeof b !== 'number') continue
      const d = Math.abs(b - a)
      if (abs === null || d > abs) abs = d
      if (a !== 0 && (rel === null || d / Math.abs(a) > rel)) rel = d / Math.abs(a)
    }
  }
  return { largestAbsolute: abs, largestRelative: rel }
}

/** Runs the query both ways and compares the rows (the second step, for SQL that differs). */
export async function compareRows(
  api: LookerApi,
  query: SavedQuery,
  explore: ExploreDetail | null,
  tolerance: number,
  signal: AbortSignal,
  devSide: DevSide
): Promise<QueryOutcome> {
  let both: [Rows, Rows]
  try {
    const id = await onSide('dev', () => api.createSavedQuery(query))
    both = await Promise.all([
      rowsOf(api, id, 'production', signal, devSide),
      rowsOf(api, id, 'dev', signal, devSide),
    ])
  } catch (e) {
    if (e instanceof SideFailed) return e.outcome
    throw e
  }
  const [p, d] = both
  if (p === 'timed-out') return { kind: 'timed-out', side: 'production' }
  if (d === 'timed-out') return { kind: 'timed-out', side: 'development' }
  // A pivoted measure arrives as one column per pivot key (`measure|key`): matched rows compare
  // cell by cell, pivot key by pivot key.
  const prodRows = p.rows
  const devRows = d.rows
  const names = (rows: Row[], fields: string[] | null) => [
    ...new Set([...(fields ?? []), ...rows.flatMap((r) => Object.keys(r))]),
  ]
  const before = names(prodRows, p.fields)
  const after = names(devRows, d.fields)
  const added = after.filter((n) => !before.includes(n))
  const dropped = before.filter((n) => !after.includes(n))
  if (added.length || dropped.length) return { kind: 'fields', added, dropped }
  const diff = resultDiff(columnsOf(before, explore), prodRows, devRows, tolerance)
  if (diff.identical) return { kind: 'identical', rows: diff.rows.length }
  return {
    kind: 'differ',
    rows: diff.changed + diff.onlyProduction + diff.onlyDevelopment,
    ...largest(diff.rows),
  }
}

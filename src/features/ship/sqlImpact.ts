/**
 * SQL impact: for every explore of the project's models, the SQL Looker generates for the same
 * query on production models (`force_production`) and on the branch's, compared. No workspace
 * switch: the session stays in Development Mode and production is asked for by the flag.
 */
import { missingFields, type LookerApi, type RunMode } from '../../looker'
import { sqlDiff, type SqlLine } from '../../shared/lineDiff'

/** At most this many dimensions and measures per explore: enough to touch every view, cheap. */
export const MAX_DIMENSIONS = 15
export const MAX_MEASURES = 10
/** Explores compared at once. */
export const IN_FLIGHT = 4

export type ExploreImpact =
  | { model: string; explore: string; kind: 'same' }
  | { model: string; explore: string; kind: 'changed'; added: string[]; diff: SqlLine[] }
  /** Production does not have the explore: it is new on the branch. */
  | { model: string; explore: string; kind: 'new' }
  | { model: string; explore: string; kind: 'failed'; mode: RunMode; message: string }

export interface SqlImpact {
  explores: ExploreImpact[]
}

/**
 * Production has no such explore: 404 on some Looker versions, 400 "View Not Found" on those that
 * drop unknown fields (the fake's version profiles, dev/fake-looker/profiles.ts).
 */
const NO_EXPLORE = /view not found|could not find the model or view|explore .* not found/i

/** Whether `sql` selects `field`: Looker aliases it `view_field` or `"view.field"` by dialect. */
function selects(sql: string, field: string): boolean {
  // Stryker disable next-line StringLiteral: Looker's field names are word characters and one dot
  const alias = field.replace('.', '_').replace(/[^\w]/g, '')
  return sql.includes(`"${field}"`) || new RegExp(`\\b${alias}\\b`).test(sql)
}

async function exploreImpact(
  api: LookerApi,
  model: string,
  explore: string
): Promise<ExploreImpact> {
  const detail = await api.getExplore(model, explore)
  const fields = [
    ...detail.dimensions.slice(0, MAX_DIMENSIONS),
    ...detail.measures.slice(0, MAX_MEASURES),
  ].map((f) => f.name)
  const spec = { model, explore, fields, filters: {}, sorts: [], limit: 500 }
  const queryId = await api.createQuery(spec)
  let dev: string
  try {
    dev = await api.getSql(queryId, 'dev')
  } catch (e) {
    return { model, explore, kind: 'failed', mode: 'dev', message: (e as Error).message }
  }
  let production: string
  let added: string[] = []
  try {
    production = await api.getSql(queryId, 'production')
  } catch (e) {
    const error = e as Parameters<typeof missingFields>[0]
    if (error.status === 404 || NO_EXPLORE.test(error.message)) {
      return { model, explore, kind: 'new' }
    }
    added = missingFields(error, fields)
    if (added.length === 0 || added.length === fields.length) {
      return { model, explore, kind: 'failed', mode: 'production', message: error.message }
    }
    // The same query without the branch's new fields, so production can say what it would run.
    const without = await api.createQuery({
      ...spec,
      fields: fields.filter((f) => !added.includes(f)),
    })
    production = await api.getSql(without, 'production')
  }
  if (production === dev) return { model, explore, kind: 'same' }
  // Looker drops unknown fields silently (most versions): the fields only the branch's SQL selects.
  const silent = fields.filter((f) => selects(dev, f) && !selects(production, f))
  added = [...added, ...silent.filter((f) => !added.includes(f))]
  return { model, explore, kind: 'changed', added, diff: sqlDiff(production, dev) }
}

/** Compares every explore of the project's models, `IN_FLIGHT` at a time, reporting progress. */
export async function sqlImpact(
  api: LookerApi,
  projectId: string,
  signal: AbortSignal,
  progress: (done: number, total: number) => void,
  /** Runs reads whose answer depends on the session's workspace (never during a visit). */
  devSide: <T>(work: () => Promise<T>) => Promise<T> = (work) => work()
): Promise<SqlImpact> {
  const models = (await devSide(() => api.listModels())).filter((m) => m.projectName === projectId)
  const todo = models.flatMap((m) => m.explores.map((e) => ({ model: m.name, explore: e.name })))
  // Stryker disable next-line ArrayDeclaration: filled by index either way
  const results: ExploreImpact[] = new Array(todo.length)
  let next = 0
  let done = 0
  progress(0, todo.length)
  const worker = async () => {
    while (next < todo.length && !signal.aborted) {
      const i = next++
      const { model, explore } = todo[i]!
      try {
        results[i] = await devSide(() => exploreImpact(api, model, explore))
      } catch (e) {
        results[i] = { model, explore, kind: 'failed', mode: 'dev', message: (e as Error).message }
      }
      progress(++done, todo.length)
    }
  }
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, todo.length) }, worker))
  return { explores: results.filter(Boolean) }
}

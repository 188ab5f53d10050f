/**
 * The Saved data file: each visible project's saved queries and kept Ship results, read from and
 * written to the extension's local storage. Looker keys that storage by extension id, so this file
 * is how a person's work moves between a manual and a Marketplace install. Lean on purpose: the
 * bundle has almost no room left.
 */
import type { HostAdapter } from '../../looker'
import { savedQueriesKey, SHIP_CHECKS, shipCheckKey } from '../../state/storageKeys'

export const FORMAT = 'workspace-switcher-saved-data'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- checked below

export interface DataFile {
  format: string
  version: number
  exportedAt: string
  /** The install it came from. */
  extensionId: string | null
  projects: Record<string, { savedQueries?: Json[]; shipResults?: Json }>
}

const parse = (text: string | null) => {
  try {
    return text ? JSON.parse(text) : null
  } catch {
    return null
  }
}
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v)

/** The plural ending for `n` things. */
export const s = (n: number | undefined) => (n === 1 ? '' : 's')

/** "1 saved query and 2 Ship results". */
export const describe = (queries: number, results: number) =>
  `${queries} saved quer${queries === 1 ? 'y' : 'ies'} and ${results} Ship result${s(results)}`

/** How many saved queries, Ship results and projects a file holds. */
export function countOf({ projects }: DataFile): [number, number, number] {
  const all = Object.values(projects)
  const sum = (f: (p: (typeof all)[0]) => number) => all.reduce((n, p) => n + f(p), 0)
  return [
    sum((p) => p.savedQueries?.length ?? 0),
    sum((p) => Object.keys(p.shipResults ?? {}).length),
    all.length,
  ]
}

/** What this install keeps for `projectIds` (each project's reads side by side). */
export async function collect(host: HostAdapter, projectIds: string[]): Promise<DataFile> {
  const projects: DataFile['projects'] = {}
  await Promise.all(
    projectIds.map(async (id) => {
      const keys = [savedQueriesKey(id), ...SHIP_CHECKS.map((c) => shipCheckKey(id, c))]
      const [queries, ...results] = (await Promise.all(keys.map((k) => host.getItem(k)))).map(parse)
      const p: DataFile['projects'][string] = {}
      if (queries?.length) p.savedQueries = queries
      SHIP_CHECKS.forEach((c, i) => results[i] && ((p.shipResults ??= {})[c] = results[i]))
      if (p.savedQueries || p.shipResults) projects[id] = p
    })
  )
  const exportedAt = new Date().toISOString()
  return { format: FORMAT, version: 1, exportedAt, extensionId: host.extensionId, projects }
}

const isQuery = (q: unknown) => {
  const s = isObject(q) && typeof q.name === 'string' && q.spec
  return (
    isObject(s) &&
    isObject(s.filters) &&
    typeof s.limit === 'number' &&
    ['model', 'explore'].every((k) => typeof s[k] === 'string') &&
    ['fields', 'sorts'].every((k) => Array.isArray(s[k]))
  )
}

/** The file's data, or why it cannot be imported (nothing is written then). */
export function readFile(text: string): DataFile | string {
  let raw: Json
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return `This file is not JSON (${(error as Error).message}).`
  }
  if (!isObject(raw) || raw.format !== FORMAT)
    return `Not a Workspace Switcher export: "format" is not "${FORMAT}".`
  if (raw.version !== 1) return `This export is version ${raw.version}; this app reads version 1.`
  for (const [id, p] of Object.entries(
    isObject(raw.projects) ? raw.projects : (raw.projects = {})
  )) {
    const queries = isObject(p) ? (p.savedQueries ?? []) : null
    const bad = Array.isArray(queries) ? queries.findIndex((q) => !isQuery(q)) : 0
    if (bad >= 0)
      return `Saved query ${bad + 1} of project ${id} is not a query (name, model, explore, fields, sorts, filters, limit).`
    for (const [check, r] of Object.entries(isObject(p.shipResults) ? p.shipResults : {}))
      if (!SHIP_CHECKS.includes(check) || !isObject(r) || !isObject(r.outcome))
        return `Ship result "${check}" of project ${id} is not one this app keeps.`
  }
  return raw as DataFile
}

/** The writes an import makes and what they would replace (asked about first). */
export interface ImportPlan {
  writes: Array<[key: string, value: string]>
  replaces: string[]
}

/** Saved queries merge by name; a Ship result replaces the kept one; unchanged ones are skipped. */
export async function planImport(host: HostAdapter, data: DataFile): Promise<ImportPlan> {
  const plan: ImportPlan = { writes: [], replaces: [] }
  for (const [id, project] of Object.entries(data.projects)) {
    if (project.savedQueries?.length) {
      const key = savedQueriesKey(id)
      const mine = parse(await host.getItem(key))
      const merged = new Map<string, Json>(Array.isArray(mine) ? mine.map((q) => [q.name, q]) : [])
      for (const q of project.savedQueries) {
        const had = merged.get(q.name)
        if (had && JSON.stringify(had.spec) !== JSON.stringify(q.spec))
          plan.replaces.push(`Saved query "${q.name}" of project ${id}`)
        merged.set(q.name, q)
      }
      const list = [...merged.values()].sort((a, b) => a.name.localeCompare(b.name))
      plan.writes.push([key, JSON.stringify(list)])
    }
    for (const [check, result] of Object.entries(project.shipResults ?? {})) {
      const key = shipCheckKey(id, check)
      const [value, had] = [JSON.stringify(result), await host.getItem(key)]
      if (had && had !== value) plan.replaces.push(`Ship result "${check}" of project ${id}`)
      if (had !== value) plan.writes.push([key, value])
    }
  }
  return plan
}

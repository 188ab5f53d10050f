/**
 * The Saved data file: every visible project's saved queries and kept Ship results, read from and
 * written to the extension's local storage. Looker keys that storage by extension id, so this file
 * is how a person's work moves between a manual and a Marketplace install.
 */
import type { HostAdapter } from '../../looker'
import { savedQueriesKey, SHIP_CHECKS, shipCheckKey } from '../../state/storageKeys'

export const FORMAT = 'workspace-switcher-saved-data'
const VERSION = 1

interface SavedQuery {
  name: string
  spec: Record<string, unknown>
}

interface ProjectData {
  savedQueries?: SavedQuery[]
  shipResults?: Record<string, unknown>
}

export interface SavedData {
  format: typeof FORMAT
  version: number
  exportedAt: string
  /** The install it came from. */
  extensionId: string | null
  projects: Record<string, ProjectData>
}

/** "1 saved query and 2 Ship results". */
export function describe(queries: number, results: number): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
  return `${n(queries, 'saved query', 'saved queries')} and ${n(results, 'Ship result', 'Ship results')}`
}

function parseJson(text: string | null): unknown {
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** What this install keeps for `projectIds` (storage reads per project run side by side). */
export async function collect(host: HostAdapter, projectIds: string[]): Promise<SavedData> {
  const projects: Record<string, ProjectData> = {}
  await Promise.all(
    projectIds.map(async (id) => {
      const [queries, ...results] = await Promise.all([
        host.getItem(savedQueriesKey(id)),
        ...SHIP_CHECKS.map((check) => host.getItem(shipCheckKey(id, check))),
      ])
      const data: ProjectData = {}
      const list = parseJson(queries ?? null)
      if (Array.isArray(list) && list.length) data.savedQueries = list as SavedQuery[]
      SHIP_CHECKS.forEach((check, i) => {
        const result = parseJson(results[i] ?? null)
        if (result) (data.shipResults ??= {})[check] = result
      })
      if (data.savedQueries || data.shipResults) projects[id] = data
    })
  )
  return {
    format: FORMAT,
    version: VERSION,
    exportedAt: new Date().toISOString(),
    extensionId: host.extensionId,
    projects,
  }
}

/** Counts of what a file holds. */
export function countOf(data: Pick<SavedData, 'projects'>) {
  const all = Object.values(data.projects)
  return {
    queries: all.reduce((sum, p) => sum + (p.savedQueries?.length ?? 0), 0),
    results: all.reduce((sum, p) => sum + Object.keys(p.shipResults ?? {}).length, 0),
    projects: all.length,
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v)

function isQuery(q: unknown): q is SavedQuery {
  if (!isObject(q) || typeof q.name !== 'string' || !q.name || !isObject(q.spec)) return false
  const s = q.spec
  return (
    typeof s.model === 'string' &&
    typeof s.explore === 'string' &&
    Array.isArray(s.fields) &&
    Array.isArray(s.sorts) &&
    isObject(s.filters) &&
    typeof s.limit === 'number'
  )
}

const isResult = (r: unknown) =>
  isObject(r) &&
  typeof r.ranAt === 'number' &&
  isObject(r.outcome) &&
  ['passed', 'failed', 'error'].includes(String(r.outcome.status))

/** The file's data, or the reason it cannot be imported (nothing is written then). */
export function parseSavedData(text: string): { data: SavedData } | { reason: string } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { reason: `This file is not JSON (${(error as Error).message}).` }
  }
  if (!isObject(raw) || raw.format !== FORMAT)
    return {
      reason: `This is not a Workspace Switcher export: its "format" is not "${FORMAT}".`,
    }
  if (raw.version !== VERSION)
    return {
      reason: `This export is version ${String(raw.version)}; this version of Workspace Switcher reads version ${VERSION}.`,
    }
  if (!isObject(raw.projects)) return { reason: 'This export has no "projects".' }
  for (const [id, project] of Object.entries(raw.projects)) {
    if (!isObject(project)) return { reason: `Project ${id} is not an object.` }
    const queries = project.savedQueries ?? []
    if (!Array.isArray(queries)) return { reason: `Saved queries of project ${id} are not a list.` }
    const bad = queries.findIndex((q) => !isQuery(q))
    if (bad >= 0)
      return {
        reason: `Saved query ${bad + 1} of project ${id} is not a query (it needs a name, model, explore, fields, sorts, filters and limit).`,
      }
    const results = project.shipResults ?? {}
    if (!isObject(results)) return { reason: `Ship results of project ${id} are not an object.` }
    for (const [check, result] of Object.entries(results)) {
      if (!SHIP_CHECKS.includes(check))
        return { reason: `Project ${id} has a Ship result "${check}" this app does not keep.` }
      if (!isResult(result))
        return { reason: `Ship result "${check}" of project ${id} is not a check result.` }
    }
  }
  return { data: raw as unknown as SavedData }
}

/** The writes an import makes, and what they would replace (to ask about first). */
export interface ImportPlan {
  writes: Array<[key: string, value: string]>
  replaces: string[]
  queries: number
  results: number
}

/** Saved queries merge by name; a Ship result replaces the kept one. Unchanged items are skipped. */
export async function planImport(host: HostAdapter, data: SavedData): Promise<ImportPlan> {
  const plan: ImportPlan = { writes: [], replaces: [], ...countOf(data) }
  for (const [id, project] of Object.entries(data.projects)) {
    if (project.savedQueries?.length) {
      const key = savedQueriesKey(id)
      const parsed = parseJson(await host.getItem(key))
      const mine = (Array.isArray(parsed) ? parsed : []) as SavedQuery[]
      const merged = new Map(mine.map((q) => [q.name, q]))
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
      const value = JSON.stringify(result)
      const had = await host.getItem(key)
      if (had === value) continue
      if (had) plan.replaces.push(`Ship result "${check}" of project ${id}`)
      plan.writes.push([key, value])
    }
  }
  return plan
}

export async function applyImport(host: HostAdapter, plan: ImportPlan): Promise<void> {
  for (const [key, value] of plan.writes) await host.setItem(key, value)
}

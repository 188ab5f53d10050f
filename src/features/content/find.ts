/**
 * Finding the tiles and Looks on a project's models with few requests (docs/content-impact.md):
 * models, dashboards and every user-defined tile in three reads; then one read per dashboard whose
 * tiles listen to its filters (their default values) and per LookML dashboard (its tiles); Looks
 * by page, then one read per Look on the project's models.
 */
import { LOOK_PAGE, toApiError } from '../../looker'
import type {
  ContentTile,
  DashboardDetail,
  DashboardSummary,
  LookerApi,
  SavedQuery,
} from '../../looker'
import { check } from '../../shared/abort'
import { pool } from './pool'
import type { ContentItem, DashboardFailure } from './types'

export interface Found {
  items: ContentItem[]
  failures: DashboardFailure[]
  /** Queries by key (identical queries across tiles share one). */
  queries: Record<string, SavedQuery>
}

/** The saved query with the dashboard's default filters set on the fields its tile listens with. */
export function applyFilters(tile: ContentTile, dashboard: DashboardDetail | null): SavedQuery {
  const query = tile.query!
  if (!dashboard || tile.listens.length === 0) return query
  const filters = { ...query.filters }
  for (const listen of tile.listens) {
    const value = dashboard.filters.find((f) => f.name === listen.filter)?.defaultValue
    if (value) filters[listen.field] = value
  }
  return { ...query, filters }
}

/** cyrb53 (public domain): a 53-bit hash of `text`, in base 36. */
function hash53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

/**
 * One short key per distinct query (two 53-bit hashes of its parts: a few hundred characters would
 * be kept for every tile and stored with every result): the same key means the same SQL and the
 * same rows. Stable across runs, so a resume finds what was measured.
 */
const keyOfText = (text: string) => `${hash53(text, 1)}.${hash53(text, 2)}`

function queryText(q: SavedQuery): string {
  const filters = Object.keys(q.filters)
    .sort()
    .map((k) => [k, q.filters[k]])
  return JSON.stringify([
    q.model,
    q.explore,
    q.fields,
    q.pivots,
    filters,
    q.sorts,
    q.limit,
    q.dynamicFields,
  ])
}

/**
 * Dashboard and Look reads in flight at once. A read runs nothing on the database, so Looker's
 * per-user limit of running queries (what "Queries at once" keeps under) is not spent on it.
 */
export const READS_IN_FLIGHT = 8

export async function findContent(
  api: LookerApi,
  projectId: string,
  signal: AbortSignal
): Promise<Found> {
  const [owners, dashboards, tiles] = await Promise.all([
    api.listModelOwners(),
    api.listDashboards(),
    api.searchTiles(),
  ])
  check(signal)
  const models = new Set(owners.filter((m) => m.projectName === projectId).map((m) => m.name))
  const ours = (q: SavedQuery | null) => q !== null && models.has(q.model)
  const byId = new Map(dashboards.map((d) => [d.id, d]))
  const found: Found = { items: [], failures: [], queries: {} }
  // One key string per distinct query, shared by its tiles (2,000 tiles are often a few hundred
  // queries).
  const keys = new Map<string, string>()
  const keyOf = (q: SavedQuery) => {
    const text = queryText(q)
    const known = keys.get(text)
    if (known) return known
    const key = keyOfText(text)
    keys.set(text, key)
    found.queries[key] = q
    return key
  }

  const add = (
    tile: ContentTile,
    summary: DashboardSummary | undefined,
    d: DashboardDetail | null
  ) => {
    let key: string | null = null
    if (tile.query) key = keyOf(applyFilters(tile, d))
    found.items.push({
      kind: 'tile',
      id: tile.id,
      title: tile.title,
      dashboardId: tile.dashboardId,
      dashboardTitle: d?.title ?? summary?.title ?? null,
      lookId: tile.lookId,
      queryKey: key,
      notCompared: tile.notCompared,
    })
  }

  // A dashboard is ours when one of its tiles is (text and merged tiles are listed beside them).
  const onDashboard = new Map<string, ContentTile[]>()
  for (const t of tiles)
    onDashboard.set(t.dashboardId, [...(onDashboard.get(t.dashboardId) ?? []), t])
  const toRead: DashboardSummary[] = []
  for (const [id, list] of onDashboard) {
    if (!list.some((t) => ours(t.query))) continue
    const summary = byId.get(id) ?? { id, title: `Dashboard ${id}`, folder: null, model: null }
    if (list.some((t) => ours(t.query) && t.listens.length > 0)) toRead.push(summary)
    else for (const t of list) if (ours(t.query) || !t.query) add(t, summary, null)
  }
  toRead.push(...dashboards.filter((d) => d.model !== null && models.has(d.model)))

  const readDashboards = pool(toRead, READS_IN_FLIGHT, signal, async (summary) => {
    try {
      const detail = await api.getDashboard(summary.id)
      for (const t of detail.tiles) if (ours(t.query) || !t.query) add(t, summary, detail)
    } catch (e) {
      check(signal)
      const error = toApiError(e)
      found.failures.push({
        kind: 'dashboard',
        id: summary.id,
        title: summary.title,
        message: error.message,
        documentationUrl: error.documentationUrl,
      })
    }
  })

  // The Looks are paged and read beside the dashboards (neither waits for the other).
  const readLooks = async () => {
    const looks = []
    for (let offset = 0; ; offset += LOOK_PAGE) {
      const page = await api.searchLooks(offset)
      looks.push(...page.filter((l) => l.model !== null && models.has(l.model)))
      check(signal)
      if (page.length < LOOK_PAGE) break
    }
    await pool(looks, READS_IN_FLIGHT, signal, async (summary) => {
      let look
      try {
        look = await api.getLook(summary.id)
      } catch (e) {
        check(signal)
        const error = toApiError(e)
        const { id, title } = summary
        found.failures.push({
          kind: 'look',
          id,
          title,
          message: error.message,
          documentationUrl: error.documentationUrl,
        })
        return
      }
      const key = keyOf(look.query)
      found.items.push({
        kind: 'look',
        id: look.id,
        title: look.title,
        dashboardId: null,
        dashboardTitle: null,
        lookId: look.id,
        queryKey: key,
        notCompared: null,
      })
    })
  }
  await Promise.all([readDashboards, readLooks()])
  return found
}

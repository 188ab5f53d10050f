/** Domain types for saved content (dashboards, tiles, Looks), mapped once in contentMappers.ts. */

/** A saved query as Looker keeps it: what a tile or Look runs, before dashboard filters. */
export interface SavedQuery {
  model: string
  explore: string
  fields: string[]
  pivots: string[]
  /** Field name to Looker filter expression. */
  filters: Record<string, string>
  sorts: string[]
  /** Looker's text, as saved; null: Looker's default. */
  limit: string | null
  /** Table calculations and custom fields, Looker's JSON text as saved; null when none. */
  dynamicFields: string | null
}

/** Why a tile is listed but not compared. */
export type NotComparedReason = 'text' | 'merged' | 'no-query'

/** A dashboard filter setting a field of a tile (the tile's `listen`). */
export interface Listen {
  filter: string
  field: string
}

export interface ContentTile {
  id: string
  dashboardId: string
  title: string
  /** The query the tile runs (a tile built on a Look: the Look's); null when not compared. */
  query: SavedQuery | null
  notCompared: NotComparedReason | null
  /** The Look the tile is built on. */
  lookId: string | null
  listens: Listen[]
}

export interface DashboardFilter {
  name: string
  /** Looker's filter expression; null or empty: the filter is not applied by default. */
  defaultValue: string | null
}

/** One dashboard as `all_dashboards` lists it; a LookML dashboard has a model. */
export interface DashboardSummary {
  id: string
  title: string
  folder: string | null
  /** LookML dashboards only: the model that defines it. */
  model: string | null
}

export interface DashboardDetail {
  id: string
  title: string
  filters: DashboardFilter[]
  tiles: ContentTile[]
}

/** A Look as `search_looks` lists it. */
export interface LookSummary {
  id: string
  title: string
  folder: string | null
  model: string | null
}

export interface LookDetail extends LookSummary {
  query: SavedQuery
}

/** A model and the LookML project that defines it. */
export interface ModelOwner {
  name: string
  projectName: string | null
}

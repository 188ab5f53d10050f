/** What the content check finds and measures, kept as plain JSON (stored per project and commit). */
import type { NotComparedReason, SavedQuery } from '../../looker'

/** One tile or Look, and the query it is compared as (null: not compared, with why). */
export interface ContentItem {
  kind: 'tile' | 'look'
  id: string
  title: string
  /** The dashboard a tile is on; a Look: null. */
  dashboardId: string | null
  /** A dashboard's title, or a Look's own. */
  dashboardTitle: string | null
  /** The Look a tile is built on, or the Look itself. */
  lookId: string | null
  /** The key of its query in `ContentImpact.queries`; null when not compared. */
  queryKey: string | null
  notCompared: NotComparedReason | null
}

/** A dashboard Looker would not let us read (its line shows Looker's message and a Retry). */
export interface DashboardFailure {
  kind: 'dashboard' | 'look'
  id: string
  title: string
  message: string
  documentationUrl: string | null
}

export type Side = 'production' | 'development'

export type QueryOutcome =
  | { kind: 'same-sql' }
  | { kind: 'identical'; rows: number }
  | {
      kind: 'differ'
      rows: number
      /** The largest change of a number, absolute and relative to production's (null: none). */
      largestAbsolute: number | null
      largestRelative: number | null
    }
  | { kind: 'fields'; added: string[]; dropped: string[] }
  | { kind: 'failed'; side: Side; message: string; documentationUrl: string | null }
  | { kind: 'timed-out'; side: Side }

/** A query to compare: the saved query with the dashboard's default filters applied. */
export interface ComparedQuery {
  query: SavedQuery
  outcome: QueryOutcome | null
}

export interface ContentImpact {
  items: ContentItem[]
  failures: DashboardFailure[]
  queries: Record<string, ComparedQuery>
  /** The tolerance numbers were compared with. */
  tolerance: number
}

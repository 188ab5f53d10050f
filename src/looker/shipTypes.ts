/** Domain types for shipping a branch, mapped once in shipMappers.ts. */

export type ProblemSeverity = 'error' | 'warning' | 'info'

/** One LookML validation error or warning, where Looker says it is. */
export interface ValidationProblem {
  severity: ProblemSeverity
  message: string
  /** e.g. `ecommerce/views/orders.view.lkml` (the project id first, as Looker writes it). */
  filePath: string | null
  line: number | null
  fieldName: string | null
}

/** A LookML validation of the session's workspace. */
export interface Validation {
  problems: ValidationProblem[]
  /** Only on the cached result: the LookML changed since it ran. */
  stale: boolean
}

/** One of a project's git connection tests, in the order Looker runs them. */
export interface GitConnectionTest {
  id: string
  description: string
}

export interface GitConnectionResult {
  id: string
  passed: boolean
  message: string
}

/** A Look or a dashboard tile the content validator found errors in. */
export interface ContentProblem {
  /** Stable across runs (to compare production with development). */
  key: string
  kind: 'look' | 'tile'
  title: string
  /** The dashboard a tile is on. */
  dashboardTitle: string | null
  folder: string | null
  /** A Looker path such as `/dashboards/21` or `/looks/11`. */
  path: string | null
  errors: Array<{ message: string; fieldName: string | null; model: string | null }>
}

export interface ContentValidation {
  problems: ContentProblem[]
  looksValidated: number
  tilesValidated: number
}

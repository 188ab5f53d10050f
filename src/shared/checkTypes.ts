/** A check's last result and where it stands (see state/checks.ts for how it is kept). */
import type { ApiError } from '../looker'

export type CheckOutcome<T> =
  { status: 'passed' | 'failed'; value: T } | { status: 'error'; error: ApiError }

export interface CheckRecord<T> {
  /** The branch head it ran on (null: unknown, e.g. Looker's cached validation marked stale). */
  commit: string | null
  /** When it finished, ms since the epoch. */
  ranAt: number
  outcome: CheckOutcome<T>
}

export type CheckView<T> =
  | { status: 'idle' }
  | { status: 'running'; progress: string | null }
  | { status: 'done'; record: CheckRecord<T>; stale: boolean }

/** Where a check stands, in one word: what the deploy policy and the page's summary read. */
export type CheckStatus = 'not run' | 'running' | 'passed' | 'failed' | 'stale'

export function checkStatus<T>(view: CheckView<T>): CheckStatus {
  if (view.status === 'idle') return 'not run'
  if (view.status === 'running') return 'running'
  if (view.stale) return 'stale'
  return view.record.outcome.status === 'passed' ? 'passed' : 'failed'
}

/**
 * A check of a branch (validation, content, saved queries...) whose last result is kept in the
 * extension's local storage per project, with the commit it ran on: coming back shows it, and a
 * result from an older commit shows as stale instead of vanishing.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, toApiError } from '../looker'
import { Cancelled } from '../shared/abort'
import { useAction } from '../shared/useAction'
import type { CheckOutcome, CheckRecord, CheckView } from '../shared/checkTypes'
import { useHost } from './host'
import { shipCheckKey } from './storageKeys'
import { useWorkspaceAsync } from './useWorkspaceAsync'
import { useWorkspaceId } from './workspace'

interface Options<T> {
  projectId: string
  name: string
  /** The branch head now; a record from another commit is stale. */
  head: string | null
  /** Throws Cancelled (shared/abort) when the person cancelled: nothing is recorded then. */
  run(signal: AbortSignal, progress: (text: string) => void): Promise<T>
  passed(value: T): boolean
  /** False until the head is known: the stored result is read then. */
  ready?: boolean
  /** On arrival with nothing stored: what Looker itself kept (e.g. the last validation). */
  initial?(): Promise<CheckRecord<T> | null>
}

const keyOf = shipCheckKey

interface Stored<T> {
  commit: string | null
  ranAt: number
  outcome:
    | { status: 'passed' | 'failed'; value: T }
    | {
        status: 'error'
        message: string
        documentationUrl: string | null
        httpStatus: number | null
      }
}

function serialize<T>(r: CheckRecord<T>): string {
  const o = r.outcome
  const outcome: Stored<T>['outcome'] =
    o.status === 'error'
      ? {
          status: 'error',
          message: o.error.message,
          documentationUrl: o.error.documentationUrl,
          httpStatus: o.error.status,
        }
      : o
  return JSON.stringify({ commit: r.commit, ranAt: r.ranAt, outcome })
}

function deserialize<T>(text: string | null): CheckRecord<T> | null {
  if (!text) return null
  try {
    const s = JSON.parse(text) as Stored<T>
    const o = s.outcome
    const outcome: CheckOutcome<T> =
      o.status === 'error'
        ? {
            status: 'error',
            error: new ApiError(o.message, 'looker', o.documentationUrl, o.httpStatus),
          }
        : o
    return { commit: s.commit ?? null, ranAt: s.ranAt, outcome }
  } catch {
    return null
  }
}

/** One check: its stored result, Run (with progress) and Cancel. */
export function useStoredCheck<T>(options: Options<T>) {
  const host = useHost()
  const opts = useRef(options)
  opts.current = options
  const { projectId, name, head, ready = true } = options
  // What a run recorded; forgotten when the project, the check or the workspace changes.
  const [ran, setRan] = useState<CheckRecord<T> | null>(null)
  const ws = useWorkspaceId()
  useEffect(() => setRan(null), [projectId, name, ready, ws])

  // On arrival: the stored result, else what Looker kept (it depends on the workspace).
  const arrival = useWorkspaceAsync(
    async () => {
      // Stryker disable next-line ArrowFunction: deserialize reads undefined as nothing stored, as null
      const stored = deserialize<T>(await host.getItem(keyOf(projectId, name)).catch(() => null))
      // Reading Looker's kept result can fail; an answer that could not be read is shown as
      // the check's error (never as a pass, never hidden as "not run").
      return (
        stored ??
        (await opts.current.initial?.().catch((e: unknown): CheckRecord<T> | null =>
          toApiError(e).kind === 'unexpected'
            ? {
                commit: opts.current.head,
                ranAt: Date.now(),
                outcome: { status: 'error', error: toApiError(e) },
              }
            : null
        )) ??
        null
      )
    },
    `check|${projectId}|${name}`,
    { ready }
  )
  const found = arrival.state.status === 'success' ? arrival.state.value.value : null
  const record = ran ?? found

  // A check's failure is its result (recorded, with Looker's message): only Cancel throws.
  const action = useAction<CheckRecord<T>, [], string>(
    async ({ signal, progress }) => {
      const commit = opts.current.head
      let outcome: CheckOutcome<T>
      try {
        const value = await opts.current.run(signal, progress)
        // Cancelled: what a run that ignores its signal (or stops early) answers later is dropped.
        if (signal.aborted) throw new Cancelled()
        outcome = { status: opts.current.passed(value) ? 'passed' : 'failed', value }
      } catch (e) {
        if (e instanceof Cancelled || signal.aborted) throw new Cancelled()
        outcome = { status: 'error', error: toApiError(e) }
      }
      const next: CheckRecord<T> = { commit, ranAt: Date.now(), outcome }
      await host.setItem(keyOf(projectId, name), serialize(next)).catch(() => undefined)
      return next
    },
    { ignoreWhilePending: true }
  )

  const run = action.run
  const start = useCallback(async () => {
    const done = await run()
    if (done?.ok) setRan(done.value)
  }, [run])

  const { state } = action
  const view: CheckView<T> =
    state.status === 'pending'
      ? { status: 'running', progress: state.progress }
      : record
        ? { status: 'done', record, stale: record.commit === null || record.commit !== head }
        : { status: 'idle' }
  return { view, start, cancel: action.stop }
}
export type { CheckRecord } from '../shared/checkTypes'

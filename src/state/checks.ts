/**
 * A check of a branch (validation, content, saved queries...) whose last result is kept in the
 * extension's local storage per project, with the commit it ran on: coming back shows it, and a
 * result from an older commit shows as stale instead of vanishing.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, toApiError } from '../looker'
import { useMounted } from '../shared/async'
import type { CheckOutcome, CheckRecord, CheckView } from '../shared/checkTypes'
import { useHost } from './host'

/** Thrown by `run` when the person cancelled: nothing is recorded. */
export class CheckCancelled extends Error {}

interface Options<T> {
  projectId: string
  name: string
  /** The branch head now; a record from another commit is stale. */
  head: string | null
  run(signal: AbortSignal, progress: (text: string) => void): Promise<T>
  passed(value: T): boolean
  /** False until the head is known: the stored result is read then. */
  ready?: boolean
  /** On arrival with nothing stored: what Looker itself kept (e.g. the last validation). */
  initial?(): Promise<CheckRecord<T> | null>
}

const keyOf = (projectId: string, name: string) => `ship:${projectId}:${name}`

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
  const mounted = useMounted()
  const opts = useRef(options)
  opts.current = options
  const [record, setRecord] = useState<CheckRecord<T> | null>(null)
  const [running, setRunning] = useState<{ progress: string | null } | null>(null)
  const controller = useRef<AbortController | null>(null)
  const { projectId, name, head, ready = true } = options

  useEffect(() => {
    let live = true
    setRecord(null)
    if (!ready) return
    void (async () => {
      const stored = deserialize<T>(await host.getItem(keyOf(projectId, name)).catch(() => null))
      const found = stored ?? (await opts.current.initial?.().catch(() => null)) ?? null
      if (live) setRecord((now) => now ?? found)
    })()
    return () => {
      live = false
    }
  }, [host, projectId, name, ready])

  useEffect(() => () => controller.current?.abort(), [])

  const start = useCallback(async () => {
    if (controller.current) return
    const ctrl = new AbortController()
    controller.current = ctrl
    setRunning({ progress: null })
    const commit = opts.current.head
    let outcome: CheckOutcome<T>
    try {
      const value = await opts.current.run(ctrl.signal, (progress) => {
        if (mounted.current && !ctrl.signal.aborted) setRunning({ progress })
      })
      // Cancelled: what a run that ignores its signal (or stops early) answers later is dropped.
      if (ctrl.signal.aborted) return
      outcome = { status: opts.current.passed(value) ? 'passed' : 'failed', value }
    } catch (e) {
      if (e instanceof CheckCancelled || ctrl.signal.aborted) return
      outcome = { status: 'error', error: toApiError(e) }
    } finally {
      if (controller.current === ctrl) controller.current = null
    }
    const next: CheckRecord<T> = { commit, ranAt: Date.now(), outcome }
    await host.setItem(keyOf(projectId, name), serialize(next)).catch(() => undefined)
    if (mounted.current) {
      setRecord(next)
      setRunning(null)
    }
  }, [host, mounted, projectId, name])

  const cancel = useCallback(() => {
    controller.current?.abort()
    controller.current = null
    setRunning(null)
  }, [])

  const view: CheckView<T> = running
    ? { status: 'running', progress: running.progress }
    : record
      ? { status: 'done', record, stale: record.commit === null || record.commit !== head }
      : { status: 'idle' }
  return { view, start, cancel }
}
export { checkStatus } from '../shared/checkTypes'
export type { CheckRecord, CheckStatus, CheckView } from '../shared/checkTypes'

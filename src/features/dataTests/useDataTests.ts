import { useCallback, useEffect, useRef, useState } from 'react'
import {
  ApiError,
  toApiError,
  type DataTest,
  type DataTestResult,
  type ModelSummary,
  type RunMode,
} from '../../looker'
import { Async, useMounted } from '../../shared/async'
import { useLookerApi } from '../../state/api'
import { useWorkspaceAsync } from '../../state/useWorkspaceAsync'
import { useWorkspace } from '../../state/workspace'

export type TestRun =
  | { status: 'idle' }
  | { status: 'running'; label: string }
  | { status: 'cancelled' }
  | { status: 'error'; error: ApiError }
  /** `mode` null: the workspace changed during the run, so the models are not known. */
  | { status: 'done'; mode: RunMode | null; results: DataTestResult[] }

/** The projects that define models (data tests live in projects with models), sorted. */
export function modelProjects(models: Async<ModelSummary[]>): Async<string[]> {
  if (models.status !== 'success') return models
  return { status: 'success', value: [...new Set(models.value.map((m) => m.projectName))].sort() }
}

class Stopped extends Error {}

/** Resolves like `work`, or rejects with Stopped as soon as `signal` aborts. */
function unlessStopped<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(new Stopped()), { once: true })
    work.then(resolve, reject)
  })
}

/** A project's LookML data tests in the session's workspace; refetched after a switch. */
export function useDataTestList(project: string): [Async<DataTest[]>, () => void] {
  const api = useLookerApi()
  return useWorkspaceAsync(() => api.listDataTests(project), `tests|${project}`, !!project)
}

/**
 * Running a project's data tests. A run can take minutes, so it does not hold the session lock (a
 * switch would wait for it): the session is read before and after, and a result whose workspace
 * changed meanwhile carries no mode label. Lives above the list, which a switch reloads, so the
 * answer of a run that spanned a switch is still shown, unlabelled. A new project resets it.
 */
export function useDataTestRun(project: string) {
  const api = useLookerApi()
  const { exclusive } = useWorkspace()
  const [run, setRun] = useState<TestRun>({ status: 'idle' })
  const mounted = useMounted()
  const current = useRef<AbortController | null>(null)
  useEffect(() => {
    setRun({ status: 'idle' })
    return () => {
      current.current?.abort()
      current.current = null
    }
  }, [project])
  const start = useCallback(
    async (testName?: string) => {
      current.current?.abort()
      const op = new AbortController()
      current.current = op
      const show = (next: TestRun) => {
        if (mounted.current && current.current === op) setRun(next)
      }
      show({
        status: 'running',
        label: testName ? `Running ${testName}` : 'Running all data tests',
      })
      try {
        // Inside the lock only to read: a switch the person already asked for lands first.
        const before = await exclusive((s) => s.readSession())
        if (op.signal.aborted) return
        const results = await unlessStopped(api.runDataTests(project, testName), op.signal)
        const after = await exclusive((s) => s.readSession())
        const mode = before.workspaceId === after.workspaceId ? before.workspaceId : null
        show({ status: 'done', mode, results })
      } catch (e) {
        if (!(e instanceof Stopped)) show({ status: 'error', error: toApiError(e) })
      }
      if (current.current === op) current.current = null
    },
    [api, exclusive, mounted, project]
  )

  /** Stops waiting (Looker has no way to stop a data test run; its answer is dropped). */
  const cancel = useCallback(() => {
    current.current?.abort()
    current.current = null
    if (mounted.current) setRun({ status: 'cancelled' })
  }, [mounted])

  return { run, start, cancel }
}

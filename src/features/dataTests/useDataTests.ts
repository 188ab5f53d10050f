import { useCallback, useEffect, useRef, useState } from 'react'
import {
  toApiError,
  type ApiError,
  type DataTest,
  type DataTestResult,
  type LookerApi,
  type ModelSummary,
  type RunMode,
} from '../../looker'
import { Async, useMounted } from '../../shared/async'
import { useLookerApi } from '../../state/api'
import { useWorkspaceAsync } from '../../state/useWorkspaceAsync'
import { useWorkspace } from '../../state/workspace'

/** One test's answer: Looker's results, or why it could not run. */
export type TestOutcome =
  { testName: string; results: DataTestResult[] } | { testName: string; error: ApiError }

export type TestRun =
  | { status: 'idle' }
  /** `outcomes` fill in as each test's answer arrives, in the list's order. */
  | { status: 'running'; label: string; total: number; outcomes: TestOutcome[] }
  | { status: 'cancelled' }
  /** `mode` null: the workspace changed during the run, so the models are not known. */
  | { status: 'done'; mode: RunMode | null; outcomes: TestOutcome[] }

/** How many `run_lookml_test` requests are open at once, as Looker's own tools do. */
export const TESTS_IN_PARALLEL = 3

/** Runs `work` on every item, at most `limit` at a time. */
async function inPool<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0
  const lane = async () => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
}

/** The projects that define models (data tests live in projects with models), sorted. */
export function modelProjects(models: Async<ModelSummary[]>): Async<string[]> {
  if (models.status !== 'success') return models
  return { status: 'success', value: [...new Set(models.value.map((m) => m.projectName))].sort() }
}

/** The run was cancelled: nothing more is shown. */
export class Stopped extends Error {}

/** Resolves like `work`, or rejects with Stopped as soon as `signal` aborts. */
function unlessStopped<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(new Stopped()), { once: true })
    work.then(resolve, reject)
  })
}

/**
 * Runs `tests` one request per test (`run_lookml_test` with test and model), a few at a time, so
 * one slow test neither hides the others nor holds one long request open. `soFar` gets the answers
 * in the list's order each time one arrives; an abort of `signal` rejects with `Stopped` at once.
 */
export async function runEachTest(
  api: LookerApi,
  project: string,
  tests: DataTest[],
  signal: AbortSignal,
  soFar: (outcomes: TestOutcome[]) => void
): Promise<TestOutcome[]> {
  const byName = new Map<string, TestOutcome>()
  const inOrder = () => tests.flatMap((t) => byName.get(t.name) ?? [])
  await inPool(tests, TESTS_IN_PARALLEL, async (test) => {
    if (signal.aborted) throw new Stopped()
    const work = api.runDataTests(project, test.name, test.modelName)
    try {
      byName.set(test.name, { testName: test.name, results: await unlessStopped(work, signal) })
    } catch (e) {
      if (e instanceof Stopped) throw e
      byName.set(test.name, { testName: test.name, error: toApiError(e) })
    }
    soFar(inOrder())
  })
  return inOrder()
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
    async (tests: DataTest[], label: string) => {
      current.current?.abort()
      const op = new AbortController()
      current.current = op
      const show = (next: TestRun) => {
        if (mounted.current && current.current === op) setRun(next)
      }
      show({ status: 'running', label, total: tests.length, outcomes: [] })
      try {
        // Inside the lock only to read: a switch the person already asked for lands first.
        const before = await exclusive((s) => s.readSession())
        if (op.signal.aborted) return
        const outcomes = await runEachTest(api, project, tests, op.signal, (soFar) =>
          show({ status: 'running', label, total: tests.length, outcomes: soFar })
        )
        const after = await exclusive((s) => s.readSession())
        const mode = before.workspaceId === after.workspaceId ? before.workspaceId : null
        show({ status: 'done', mode, outcomes })
      } catch (e) {
        if (!(e instanceof Stopped)) {
          const error = toApiError(e)
          show({ status: 'done', mode: null, outcomes: [{ testName: label, error }] })
        }
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

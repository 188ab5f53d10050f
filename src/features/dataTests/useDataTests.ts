import { useCallback, useEffect, useMemo } from 'react'
import {
  toApiError,
  type ApiError,
  type DataTest,
  type DataTestResult,
  type LookerApi,
  type ModelSummary,
  type RunMode,
} from '../../looker'
import { Cancelled, check, untilAborted } from '../../shared/abort'
import type { Async } from '../../shared/async'
import { type ActionState, useAction } from '../../shared/useAction'
import { useLookerApi } from '../../state/api'
import { useWorkspaceAsync, valueOnly } from '../../state/useWorkspaceAsync'
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

/**
 * Runs `tests` one request per test (`run_lookml_test` with test and model), a few at a time, so
 * one slow test neither hides the others nor holds one long request open. `soFar` gets the answers
 * in the list's order each time one arrives; an abort of `signal` rejects with Cancelled at once.
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
    check(signal)
    const work = api.runDataTests(project, test.name, test.modelName)
    try {
      byName.set(test.name, { testName: test.name, results: await untilAborted(work, signal) })
    } catch (e) {
      if (e instanceof Cancelled) throw e
      byName.set(test.name, { testName: test.name, error: toApiError(e) })
    }
    soFar(inOrder())
  })
  return inOrder()
}

/** A project's LookML data tests in the session's workspace; refetched after a switch. */
export function useDataTestList(project: string): [Async<DataTest[]>, () => void] {
  const api = useLookerApi()
  const { state, reload } = useWorkspaceAsync(
    () => api.listDataTests(project),
    `tests|${project}`,
    {
      ready: !!project,
    }
  )
  return [useMemo(() => valueOnly(state), [state]), reload]
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
  const action = useAction<TestRun, [tests: DataTest[], label: string], TestOutcome[]>(
    async ({ signal, progress }, tests) => {
      // Inside the lock only to read: a switch the person already asked for lands first.
      const before = await exclusive((s) => s.readSession())
      check(signal)
      const outcomes = await runEachTest(api, project, tests, signal, progress)
      const after = await exclusive((s) => s.readSession())
      const mode = before.workspaceId === after.workspaceId ? before.workspaceId : null
      return { status: 'done', mode, outcomes }
    }
  )
  // A new project starts from nothing (and stops waiting for the previous one's run).
  const { reset, stop } = action
  useEffect(() => reset, [project, reset])

  /**
   * Runs `tests` one request per test (`run_lookml_test` with test and model), a few at a time, so
   * one slow test neither hides the others nor holds one long request open.
   */
  const start = useCallback(
    async (tests: DataTest[], label: string) => {
      await action.run(tests, label)
    },
    [action.run] // eslint-disable-line react-hooks/exhaustive-deps
  )

  return { run: toTestRun(action.state), start, cancel: stop }
}

/** The run as the page shows it; a failure outside any one test is shown as the run's outcome. */
function toTestRun(state: ActionState<TestRun, [DataTest[], string], TestOutcome[]>): TestRun {
  switch (state.status) {
    case 'idle':
      return { status: 'idle' }
    case 'pending': {
      const [tests, label] = state.args
      return { status: 'running', label, total: tests.length, outcomes: state.progress ?? [] }
    }
    case 'stopped':
      return { status: 'cancelled' }
    case 'error':
    case 'timedOut':
      return {
        status: 'done',
        mode: null,
        outcomes: [{ testName: state.args[1], error: state.error }],
      }
    case 'success':
      return state.value
  }
}

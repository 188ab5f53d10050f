import React, { useState } from 'react'
import { Paragraph } from '@looker/components'
import { ApiError, type DataTestResult, type RunMode } from '../../looker'
import { CheckCard } from '../../shared/CheckCard'
import { useLookerApi } from '../../state/api'
import { useStoredCheck } from '../../state/checks'
import { useWorkspace } from '../../state/workspace'
import { DataTestResults } from './DataTestResults'
import { runEachTest, type TestOutcome } from './useDataTests'

/** One test's answer as kept in local storage (an ApiError does not survive JSON). */
type KeptOutcome =
  | { testName: string; results: DataTestResult[] }
  | {
      testName: string
      error: { message: string; documentationUrl: string | null; status: number | null }
    }

/** What the check keeps: the answers, and the models they ran on (null: a switch meanwhile). */
export interface DataTestRun {
  mode: RunMode | null
  outcomes: KeptOutcome[]
}

const keep = (o: TestOutcome): KeptOutcome =>
  'results' in o
    ? o
    : {
        testName: o.testName,
        error: {
          message: o.error.message,
          documentationUrl: o.error.documentationUrl,
          status: o.error.status,
        },
      }

const shown = (o: KeptOutcome): TestOutcome =>
  'results' in o
    ? o
    : {
        testName: o.testName,
        error: new ApiError(o.error.message, 'looker', o.error.documentationUrl, o.error.status),
      }

const passes = (run: DataTestRun) =>
  run.outcomes.every((o) => 'results' in o && o.results.every((r) => r.success))

/**
 * The project's LookML data tests as a check of the Ship page: every test, one
 * request each, a few at a time, the results filling in; the last run is kept per project with
 * the commit it ran on, so it is still there when you come back and stale once the branch moves.
 */
export function DataTestsCheck({ project, head }: { project: string; head: string | null }) {
  const api = useLookerApi()
  const { exclusive } = useWorkspace()
  const [soFar, setSoFar] = useState<TestOutcome[]>([])
  const check = useStoredCheck<DataTestRun>({
    projectId: project,
    name: 'data-tests',
    head,
    run: async (signal, progress) => {
      setSoFar([])
      // Read inside the lock: a switch already asked for lands first; a switch during the run
      // (which can take minutes, so it does not hold the lock) leaves the results unlabelled.
      const before = await exclusive((s) => s.readSession())
      const tests = await api.listDataTests(project)
      progress(`0 of ${tests.length} data tests finished`)
      const outcomes = await runEachTest(api, project, tests, signal, (answers) => {
        if (signal.aborted) return
        setSoFar(answers)
        progress(`${answers.length} of ${tests.length} data tests finished`)
      })
      const after = await exclusive((s) => s.readSession())
      const mode = before.workspaceId === after.workspaceId ? before.workspaceId : null
      return { mode, outcomes: outcomes.map(keep) }
    },
    passed: passes,
  })
  return (
    <CheckCard
      title="LookML data tests"
      description="Every data test of this project on your branch's models: one request per test, three at a time, each result shown as it arrives. Looker cannot stop a data test run: Cancel stops waiting."
      view={check.view}
      runLabel="Run all data tests"
      onRun={() => void check.start()}
      onCancel={check.cancel}
      whileRunning={
        soFar.length > 0 && (
          <DataTestResults mode={undefined} outcomes={soFar} projectId={project} />
        )
      }
    >
      {(run) =>
        run.outcomes.length === 0 ? (
          <Paragraph>Project {project} has no data tests.</Paragraph>
        ) : (
          <DataTestResults mode={run.mode} outcomes={run.outcomes.map(shown)} projectId={project} />
        )
      }
    </CheckCard>
  )
}

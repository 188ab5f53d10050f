import { useCallback, useState } from 'react'
import { ApiError, toApiError } from '../../looker'
import type { DataTest, DataTestResult, RunMode } from '../../looker/queryTypes'
import { Async, useAsync } from '../../shared/async'
import { useLookerApi } from '../../state/api'
import { useWorkspace, useWorkspaceId } from '../../state/workspace'

export type TestRun =
  | { status: 'idle' }
  | { status: 'running'; label: string }
  | { status: 'error'; error: ApiError }
  | { status: 'done'; mode: RunMode; results: DataTestResult[] }

const pending = () => new Promise<never>(() => undefined)

/** The projects that define models (data tests live in projects with models). */
export function useProjects(): Async<string[]> {
  const api = useLookerApi()
  const ws = useWorkspaceId()
  const [models] = useAsync(() => (ws ? api.listModels() : pending()), `projects|${ws}`)
  if (models.status !== 'success') return models
  return { status: 'success', value: [...new Set(models.value.map((m) => m.projectName))].sort() }
}

/**
 * A project's LookML data tests in the session's workspace, and running them. Runs read the
 * workspace inside `exclusive`, so the result says which models the tests ran on.
 */
export function useDataTests(project: string) {
  const api = useLookerApi()
  const ws = useWorkspaceId()
  const { exclusive } = useWorkspace()
  const [tests, reload] = useAsync<DataTest[]>(
    () => (ws && project ? api.listDataTests(project) : pending()),
    `tests|${ws}|${project}`
  )
  const [run, setRun] = useState<TestRun>({ status: 'idle' })
  const start = useCallback(
    async (testName?: string) => {
      setRun({
        status: 'running',
        label: testName ? `Running ${testName}` : 'Running all data tests',
      })
      try {
        const done = await exclusive(async () => {
          const { workspaceId } = await api.getSession()
          return { mode: workspaceId, results: await api.runDataTests(project, testName) }
        })
        setRun({ status: 'done', ...done })
      } catch (e) {
        setRun({ status: 'error', error: toApiError(e) })
      }
    },
    [api, exclusive, project]
  )
  return { tests, reload, run, start }
}

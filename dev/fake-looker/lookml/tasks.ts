/**
 * Query tasks (`create_query_task`, `query_task`, `query_task_results`, `kill_query`). A task is
 * `added`, runs on the next tick (`running`), and is `complete` or `error` once its result is
 * ready; tasks on a slow explore stay `running` for `slowQueryMs`. The workspace is fixed when the
 * task is created. How results answer while pending, and what a kill does, follow the version
 * profile (profiles.ts; docs/looker-api-behaviour.md "Query tasks").
 */
import { randomBytes } from 'crypto'
import { FakeApiError } from '../errors'
import type { LookerBehaviour } from '../profiles'
import type { WorkspaceId } from '../types'
import type { ResultFormat } from './formats'
import type { ApiQuery } from './queries'
import type { RunResult } from './types'

export type TaskStatus = 'added' | 'running' | 'complete' | 'error' | 'killed' | 'expired'

/** What running a task yields: the response, whether it is slow, or the error it failed with. */
export interface TaskOutcome {
  result?: RunResult
  error?: FakeApiError
  slow: boolean
  /** A result whose `errors[]` is not empty (a note too): the task reports `error` all the same. */
  failed?: boolean
}

interface TaskRecord {
  id: string
  query: ApiQuery
  format: ResultFormat
  workspace: WorkspaceId
  flags: Record<string, unknown>
  status: TaskStatus
  runtime: number | null
  outcome: TaskOutcome | null
  timer: ReturnType<typeof setTimeout> | null
  run: () => Promise<TaskOutcome>
  /** `transientExpired: once` has already shown this task as expired. */
  expiredShown?: boolean
}

export class TaskStore {
  private readonly tasks = new Map<string, TaskRecord>()

  constructor(
    private readonly slowQueryMs: number,
    private readonly behaviour: () => Pick<
      LookerBehaviour,
      'pendingResults' | 'killFinished' | 'killedStatus' | 'transientExpired'
    >
  ) {}

  /** Registers a task whose work is `run` (it captures user and workspace) and schedules it. */
  create(
    query: ApiQuery,
    format: ResultFormat,
    workspace: WorkspaceId,
    flags: Record<string, unknown>,
    run: () => Promise<TaskOutcome>
  ): Record<string, unknown> {
    const task: TaskRecord = {
      id: randomBytes(16).toString('hex'),
      query,
      format,
      workspace,
      flags,
      status: 'added',
      runtime: null,
      outcome: null,
      timer: null,
      run,
    }
    this.tasks.set(task.id, task)
    task.timer = this.later(0, () => this.start(task))
    return this.api(task)
  }

  private later(ms: number, fn: () => void): ReturnType<typeof setTimeout> {
    const timer = setTimeout(fn, ms)
    // Pending tasks must never keep a test process or the dev server alive.
    if (typeof timer === 'object' && 'unref' in timer) timer.unref()
    return timer
  }

  private async start(task: TaskRecord): Promise<void> {
    if (task.status !== 'added') return
    task.status = 'running'
    const started = Date.now()
    const outcome = await task.run()
    const finish = () => {
      if (task.status !== 'running') return
      task.outcome = outcome
      task.runtime = (Date.now() - started) / 1000
      task.status = outcome.error || outcome.failed ? 'error' : 'complete'
      task.timer = null
    }
    if (outcome.slow) task.timer = this.later(this.slowQueryMs, finish)
    else finish()
  }

  private get(id: string): TaskRecord {
    const task = this.tasks.get(id)
    if (!task) throw new FakeApiError(404, "The resource you're looking for could not be found")
    return task
  }

  /** Where the task's query ran (for the request log). */
  workspaceOf(id: string): WorkspaceId {
    return this.get(id).workspace
  }

  api(task: TaskRecord): Record<string, unknown> {
    return {
      can: {},
      id: task.id,
      query_id: task.query.id,
      query: task.query,
      generate_links: task.flags.generate_drill_links === true,
      force_production: task.flags.force_production === true,
      path_prefix: (task.flags.path_prefix as string | undefined) ?? null,
      cache: task.flags.cache !== false,
      server_table_calcs: task.flags.server_table_calcs === true,
      cache_only: task.flags.cache_only === true,
      cache_key: null,
      status: task.status,
      source: (task.flags.source as string | undefined) ?? null,
      runtime: task.runtime,
      rebuild_pdts: task.flags.rebuild_pdts === true,
      result_source: task.status === 'complete' ? 'query' : null,
      look_id: (task.flags.look_id as string | undefined) ?? null,
      dashboard_id: (task.flags.dashboard_id as string | undefined) ?? null,
      result_format: task.format,
    }
  }

  /**
   * `query_task`. With `transientExpired: once`, a task that has just finished is reported
   * `expired` once (its results stay), then its real status, as recorded.
   */
  describe(id: string): Record<string, unknown> {
    const task = this.get(id)
    const finished = task.status === 'complete' || task.status === 'error'
    if (finished && !task.expiredShown && this.behaviour().transientExpired === 'once') {
      task.expiredShown = true
      return { ...this.api(task), status: 'expired', result_source: null }
    }
    return this.api(task)
  }

  /**
   * `query_task_results`: while added/running 204, 202 with an empty body or 202 `{status}` (by
   * profile); the result once complete; a failed task answers like a failed run (json_detail 200
   * with `errors`, other formats 400); a killed or expired task has no results (404).
   */
  results(id: string): RunResult {
    const task = this.get(id)
    if (task.status === 'added' || task.status === 'running') {
      const workspace = task.workspace
      const pending = this.behaviour().pendingResults
      if (pending === '204')
        return { status: 204, contentType: 'text/plain', body: undefined, workspace }
      if (pending === '202-empty')
        return { status: 202, contentType: 'text/plain', body: '', workspace }
      return {
        status: 202,
        contentType: 'application/json',
        body: { status: task.status },
        workspace,
      }
    }
    if (task.status === 'killed' || task.status === 'expired') {
      throw new FakeApiError(404, "The resource you're looking for could not be found")
    }
    const { result, error } = task.outcome!
    if (result) return { ...result, workspace: task.workspace }
    if (task.format !== 'json_detail') throw error!
    const errors = [
      {
        message: error!.message,
        message_details: null,
        level: 'error',
        params: null,
        sql_error_loc: null,
      },
    ]
    return {
      status: 200,
      contentType: 'application/json',
      body: { data: [], errors, sql: null },
      workspace: task.workspace,
    }
  }

  /**
   * Stops a task that has not finished (like `kill_query`); 404 for an unknown id, and (by
   * profile) for a task that already finished. A killed task may report `expired` afterwards.
   */
  kill(id: string): void {
    const task = this.get(id)
    const { killFinished, killedStatus } = this.behaviour()
    if (task.status !== 'added' && task.status !== 'running') {
      if (killFinished === '404') {
        throw new FakeApiError(404, "The resource you're looking for could not be found")
      }
      return
    }
    if (task.timer) clearTimeout(task.timer)
    task.status = killedStatus
  }

  /** Clears every pending timer. */
  close(): void {
    for (const task of this.tasks.values()) if (task.timer) clearTimeout(task.timer)
  }
}

import { useCallback, useMemo } from 'react'
import type { ApiError, QuerySpec } from '../../looker'
import { type ActionState, useAction } from '../../shared/useAction'
import { useLookerApi } from '../../state/api'
import { usePutBack } from '../../state/putBack'
import { useWorkspace } from '../../state/workspace'
import { compareModes, Comparison, NeedsDevMode, runInCurrentMode, SideResult } from './run'

/** One operation of the panel, from the click to its answer. */
export type RunState =
  | { status: 'idle' }
  | { status: 'running'; kind: 'run' | 'compare'; spec: QuerySpec; startedAt: number }
  | { status: 'cancelled' }
  | { status: 'needs-dev'; spec: QuerySpec }
  | { status: 'error'; error: ApiError }
  | { status: 'ran'; spec: QuerySpec; result: SideResult }
  | { status: 'compared'; spec: QuerySpec; comparison: Comparison }

export interface QueryRun {
  state: RunState
  /** Runs in the current workspace; resolves with the state it ended in (null if superseded). */
  run(spec: QuerySpec): Promise<RunState | null>
  /** Runs production against development; `allowSwitch` lets it leave production for the run. */
  compare(spec: QuerySpec, allowSwitch?: boolean): Promise<RunState | null>
  /** Stops waiting at once and asks Looker to stop the running queries. */
  cancel(): void
}

export interface QueryRunOptions {
  /** Poll delays for query tasks (tests use short ones). */
  pollDelaysMs?: readonly number[]
}

type Settled = Extract<RunState, { status: 'ran' | 'compared' | 'needs-dev' }>

interface Job {
  kind: 'run' | 'compare'
  spec: QuerySpec
  allowSwitch: boolean
}

/** The panel's state as the action hook reports it. */
function toRunState(state: ActionState<Settled, [Job]>): RunState {
  switch (state.status) {
    case 'idle':
      return { status: 'idle' }
    case 'pending': {
      const [{ kind, spec }] = state.args
      return { status: 'running', kind, spec, startedAt: state.since }
    }
    case 'stopped':
      return { status: 'cancelled' }
    case 'error':
    case 'timedOut':
      return { status: 'error', error: state.error }
    case 'success':
      return state.value
  }
}

/**
 * The state of one query panel: a new run or comparison supersedes (and cancels) the previous
 * one, so the panel shows only the answer to the last click.
 */
export function useQueryRun(options: QueryRunOptions = {}): QueryRun {
  const api = useLookerApi()
  const { exclusive } = useWorkspace()
  const { inWorkspace } = usePutBack()
  const { pollDelaysMs } = options
  const deps = useMemo(
    () => ({ api, exclusive, pollDelaysMs, putBack: { inWorkspace } }),
    [api, exclusive, pollDelaysMs, inWorkspace]
  )

  const action = useAction(
    async ({ signal }, { kind, spec, allowSwitch }: Job): Promise<Settled> => {
      if (kind === 'run')
        return { status: 'ran', spec, result: await runInCurrentMode(deps, spec, signal) }
      try {
        const comparison = await compareModes(deps, spec, allowSwitch, signal)
        return { status: 'compared', spec, comparison }
      } catch (e) {
        if (e instanceof NeedsDevMode) return { status: 'needs-dev', spec }
        throw e
      }
    }
  )

  const start = action.run
  const launch = useCallback(
    async (job: Job): Promise<RunState | null> => {
      const outcome = await start(job)
      if (!outcome) return null
      return outcome.ok ? outcome.value : { status: 'error', error: outcome.error }
    },
    [start]
  )
  const run = useCallback(
    (spec: QuerySpec) => launch({ kind: 'run', spec, allowSwitch: false }),
    [launch]
  )
  const compare = useCallback(
    (spec: QuerySpec, allowSwitch = false) => launch({ kind: 'compare', spec, allowSwitch }),
    [launch]
  )

  return { state: toRunState(action.state), run, compare, cancel: action.stop }
}

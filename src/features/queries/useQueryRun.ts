import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ApiError, toApiError, type QuerySpec } from '../../looker'
import { useLookerApi } from '../../state/api'
import { usePutBack } from '../../state/putBack'
import { useWorkspace } from '../../state/workspace'
import {
  Cancelled,
  compareModes,
  Comparison,
  NeedsDevMode,
  runInCurrentMode,
  SideResult,
} from './run'

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

/**
 * The state of one query panel: a new run or comparison supersedes (and cancels) the previous
 * one, so the panel shows only the answer to the last click.
 */
export function useQueryRun(options: QueryRunOptions = {}): QueryRun {
  const api = useLookerApi()
  const { exclusive } = useWorkspace()
  const [state, setState] = useState<RunState>({ status: 'idle' })
  const current = useRef<{ id: number; abort: AbortController } | null>(null)
  const counter = useRef(0)
  const mounted = useRef(true)
  useEffect(
    () => () => {
      mounted.current = false
      current.current?.abort.abort()
    },
    []
  )
  const { begin, finish } = usePutBack()
  const { pollDelaysMs } = options
  const deps = useMemo(
    () => ({ api, exclusive, pollDelaysMs, putBack: { begin, finish } }),
    [api, exclusive, pollDelaysMs, begin, finish]
  )

  const start = useCallback(
    async (
      kind: 'run' | 'compare',
      spec: QuerySpec,
      work: (signal: AbortSignal) => Promise<RunState>
    ): Promise<RunState | null> => {
      current.current?.abort.abort()
      const op = { id: ++counter.current, abort: new AbortController() }
      current.current = op
      setState({ status: 'running', kind, spec, startedAt: Date.now() })
      let next: RunState
      try {
        next = await work(op.abort.signal)
      } catch (e) {
        if (e instanceof Cancelled) return null
        next =
          e instanceof NeedsDevMode
            ? { status: 'needs-dev', spec }
            : { status: 'error', error: toApiError(e) }
      }
      if (current.current?.id !== op.id || op.abort.signal.aborted) return null
      current.current = null
      if (mounted.current) setState(next)
      return next
    },
    []
  )

  const run = useCallback(
    (spec: QuerySpec) =>
      start('run', spec, async (signal) => ({
        status: 'ran',
        spec,
        result: await runInCurrentMode(deps, spec, signal),
      })),
    [deps, start]
  )

  const compare = useCallback(
    (spec: QuerySpec, allowSwitch = false) =>
      start('compare', spec, async (signal) => ({
        status: 'compared',
        spec,
        comparison: await compareModes(deps, spec, allowSwitch, signal),
      })),
    [deps, start]
  )

  const cancel = useCallback(() => {
    if (!current.current) return
    current.current.abort.abort()
    current.current = null
    setState({ status: 'cancelled' })
  }, [])

  return { state, run, compare, cancel }
}

import React, { useEffect, useMemo, useRef } from 'react'
import { Box, ButtonOutline, Paragraph } from '@looker/components'
import { MessageBar } from '../../shared/ui/MessageBar'
import type { ExploreDetail } from '../../looker'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { columnsFor } from './columns'
import { ComparisonView } from './compare/ComparisonView'
import { RunProgress } from './RunProgress'
import { SideResultView } from './SideResultView'
import type { QueryRun } from './useQueryRun'

interface Props {
  queryRun: QueryRun
  explore: ExploreDetail | null
}

/**
 * Whatever the last click produced, in one region that comes into view and takes focus when it
 * changes: after Run or Compare the person sees the progress, then the answer, where they look.
 */
export function RunOutcome({ queryRun, explore }: Props) {
  const region = useRef<HTMLDivElement>(null)
  const { status } = queryRun.state
  useEffect(() => {
    if (status === 'idle') return
    const el = region.current
    // jsdom has no scrollIntoView; browsers (and Looker's frame) do.
    el?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' })
    el?.focus({ preventScroll: true })
  }, [status])
  return (
    <Box ref={region} tabIndex={-1} aria-label="Query result" role="region" mb="medium">
      <Outcome queryRun={queryRun} explore={explore} />
    </Box>
  )
}

function Outcome({ queryRun, explore }: Props) {
  const { state } = queryRun
  const spec = state.status === 'ran' || state.status === 'compared' ? state.spec : null
  // Stable columns keep the CSV and the diff from being rebuilt on every render of the page.
  const ran = useMemo(() => {
    const sides =
      state.status === 'ran'
        ? [state.result]
        : state.status === 'compared'
          ? [state.comparison.production, state.comparison.dev]
          : []
    return sides.flatMap((r) => (r.status === 'success' ? [r.fields] : []))
  }, [state])
  const columns = useMemo(() => (spec ? columnsFor(spec, explore, ran) : []), [spec, explore, ran])
  switch (state.status) {
    case 'idle':
      return null
    case 'running':
      return (
        <RunProgress
          label={state.kind === 'run' ? 'Running the query' : 'Running production and development'}
          startedAt={state.startedAt}
          onCancel={queryRun.cancel}
        />
      )
    case 'cancelled':
      return (
        <Paragraph role="status">
          Cancelled: the app stopped waiting and asked Looker to stop the query.
        </Paragraph>
      )
    case 'error':
      return <ApiErrorMessage error={state.error} title="The query could not run" />
    case 'needs-dev':
      return (
        <MessageBar intent="warn">
          <Box role="alert">
            Comparing production with development needs Development Mode, and the session is in
            production. The app can switch to Development Mode for the comparison and put the
            session back to production afterwards.
          </Box>
          <ButtonOutline mt="small" onClick={() => void queryRun.compare(state.spec, true)}>
            Switch for the comparison
          </ButtonOutline>
        </MessageBar>
      )
    case 'ran':
      return <SideResultView result={state.result} columns={columns} />
    case 'compared':
      return <ComparisonView comparison={state.comparison} columns={columns} />
  }
}

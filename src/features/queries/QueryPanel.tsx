import React, { useEffect, useRef } from 'react'
import { Box, Space } from '@looker/components'
import { useLocation } from 'react-router-dom'
import type { ModelSummary, QuerySpec } from '../../looker'
import type { Async } from '../../shared/async'
import { ReasonButton } from '../../shared/ui/ReasonButton'
import { QueryBuilder } from './QueryBuilder'
import { isRunnable } from './querySpec'
import { LinkProblemList } from './LinkProblemList'
import { linkProblems } from './linkProblems'
import { RunOutcome } from './RunOutcome'
import { SavedQueries } from './saved/SavedQueries'
import { useExplore } from './useExplore'
import type { QueryRun } from './useQueryRun'

interface Props {
  spec: QuerySpec
  onChange(spec: QuerySpec): void
  queryRun: QueryRun
  /** The workspace's models, from {@link useModels} (the page shares them with the data tests). */
  models: Async<ModelSummary[]>
  reloadModels(): void
}

/** Build a query, run it in the current workspace or both ways, and see the answer. */
export function QueryPanel({ spec, onChange, queryRun, models, reloadModels }: Props) {
  const [explore, reloadExplore] = useExplore(spec.model, spec.explore)
  const detail = explore.status === 'success' ? explore.value : null
  const { search } = useLocation()
  const problems = linkProblems(search, models.status === 'success' ? models.value : null)
  const runnable = isRunnable(spec)
  const reason = problems.length
    ? 'Fix the values the link names first.'
    : runnable
      ? null
      : 'Pick a model, an explore and at least one field first.'
  // `compare=1` (a saved query's line on the Ship page): compare once the link is checked, and drop
  // it from the address, so a reload or a shared link does not compare again by itself.
  const compareOnArrival = useRef(new URLSearchParams(search).get('compare') === '1')
  useEffect(() => {
    if (!compareOnArrival.current || models.status !== 'success') return
    compareOnArrival.current = false
    onChange(spec)
    if (reason === null) void queryRun.compare(spec)
    // Only the arrival counts: the models' answer decides whether the link can be compared.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [models.status])
  return (
    <Box>
      <LinkProblemList problems={problems} />
      <QueryBuilder
        spec={spec}
        onChange={onChange}
        models={models}
        reloadModels={reloadModels}
        explore={explore}
        reloadExplore={reloadExplore}
      />
      <Space gap="small" my="medium">
        <ReasonButton reason={reason} onClick={() => void queryRun.run(spec)}>
          Run
        </ReasonButton>
        <ReasonButton reason={reason} onClick={() => void queryRun.compare(spec)}>
          Compare production and development
        </ReasonButton>
      </Space>
      <RunOutcome queryRun={queryRun} explore={detail} />
      <SavedQueries
        project={detail?.projectName ?? null}
        spec={spec}
        run={queryRun.run}
        compare={queryRun.compare}
        onLoad={onChange}
      />
    </Box>
  )
}

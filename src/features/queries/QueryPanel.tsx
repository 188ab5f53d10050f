import React from 'react'
import { Box, Button, ButtonOutline, Space } from '@looker/components'
import type { QuerySpec } from '../../looker/queryTypes'
import { QueryBuilder } from './QueryBuilder'
import { isRunnable } from './querySpec'
import { RunOutcome } from './RunOutcome'
import { SavedQueries } from './saved/SavedQueries'
import { useExplore } from './useExplore'
import type { QueryRun } from './useQueryRun'

interface Props {
  spec: QuerySpec
  onChange(spec: QuerySpec): void
  run: QueryRun
}

/** Build a query, run it in the current workspace or both ways, and see the answer. */
export function QueryPanel({ spec, onChange, run }: Props) {
  const [explore, reloadExplore] = useExplore(spec.model, spec.explore)
  const detail = explore.status === 'success' ? explore.value : null
  const runnable = isRunnable(spec)
  const reason = runnable ? undefined : 'Pick a model, an explore and at least one field first.'
  return (
    <Box>
      <QueryBuilder
        spec={spec}
        onChange={onChange}
        explore={explore}
        reloadExplore={reloadExplore}
      />
      <Space gap="small" my="medium">
        <Button disabled={!runnable} title={reason} onClick={() => void run.run(spec)}>
          Run
        </Button>
        <ButtonOutline disabled={!runnable} title={reason} onClick={() => void run.compare(spec)}>
          Compare production and development
        </ButtonOutline>
      </Space>
      <RunOutcome run={run} explore={detail} />
      <SavedQueries project={detail?.projectName || null} spec={spec} run={run} onLoad={onChange} />
    </Box>
  )
}

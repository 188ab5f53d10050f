import React, { useEffect, useRef } from 'react'
import { Box, Paragraph } from '@looker/components'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { Loading } from '../../shared/AsyncContent'
import type { ActionOutcome } from './useBranches'

/** Where a git action was started: its status is shown there, where the person is looking. */
export type ActionPlace = 'current' | 'branch' | 'create'

interface Props {
  busy: string | null
  outcome: ActionOutcome | null
  /** The checked-out branch Looker reports after the action. */
  currentName: string | null
}

/**
 * A git action's progress, then its outcome: Looker's refusal with its documentation link, or
 * "done" with the branch Looker now reports (announced, as a status).
 */
export function ActionStatus({ busy, outcome, currentName }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  // The line appears under the control just used, maybe below the fold: bring it into view.
  // jsdom has no scrollIntoView; browsers (and Looker's frame) do.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' })
  }, [outcome])
  if (busy) return <Loading label={busy} />
  if (!outcome) return null
  return (
    <Box mt="xsmall" ref={ref}>
      {outcome.error ? (
        <ApiErrorMessage error={outcome.error} title={`${outcome.title} failed`} />
      ) : (
        <Paragraph role="status" aria-label="Last action" fontSize="small">
          {outcome.title}: done. Looker now reports {currentName ?? 'no branch'} as the current
          branch.
        </Paragraph>
      )}
    </Box>
  )
}

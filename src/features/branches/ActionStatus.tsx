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
  /** The control that started the action is gone (a deleted branch's panel): focus the status. */
  takeFocus?: boolean
}

/**
 * A git action's progress, then its outcome: Looker's refusal with its documentation link, or
 * "done" with the branch Looker now reports (announced, as a status).
 */
export function ActionStatus({ busy, outcome, currentName, takeFocus = false }: Props) {
  const ref = useRef<HTMLDivElement & HTMLParagraphElement>(null)
  // The line appears under the control just used, maybe below the fold: bring it into view.
  // jsdom has no scrollIntoView; browsers (and Looker's frame) do.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' })
    if (takeFocus && document.activeElement === document.body) ref.current?.focus()
  }, [outcome, takeFocus])
  if (busy) return <Loading label={busy} />
  if (!outcome) return null
  return outcome.error ? (
    <Box mt="xsmall" ref={ref} tabIndex={-1}>
      <ApiErrorMessage error={outcome.error} title={`${outcome.title} failed`} />
    </Box>
  ) : (
    <Paragraph
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-label="Last action"
      mt="xsmall"
      fontSize="small"
    >
      {outcome.title}: done. Looker now reports {currentName ?? 'no branch'} as the current branch.
    </Paragraph>
  )
}

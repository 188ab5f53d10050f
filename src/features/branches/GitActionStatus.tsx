import React, { useEffect, useRef } from 'react'
import { Box, Paragraph } from '@looker/components'
import { ActionStatus } from '../../shared/ActionStatus'
import type { Action } from '../../shared/useAction'
import type { GitJob } from './useBranches'

/** Where a git action was started: its status is shown there, where the person is looking. */
export type ActionPlace = 'current' | 'branch' | 'create'

interface Props {
  action: Action<void, [GitJob]>
  /** The checked-out branch Looker reports after the action. */
  currentName: string | null
  /** The control that started the action is gone (a deleted branch's panel): focus the status. */
  takeFocus?: boolean
}

/**
 * A git action's progress (with Stop waiting), then its outcome: Looker's refusal with its
 * documentation link, "not answered in time" with what Looker reports, or "done" with the branch
 * Looker now reports (announced, as a status).
 */
export function GitActionStatus({ action, currentName, takeFocus = false }: Props) {
  const ref = useRef<HTMLDivElement & HTMLParagraphElement>(null)
  const { state } = action
  // The line appears under the control just used, maybe below the fold: bring it into view.
  // jsdom has no scrollIntoView; browsers (and Looker's frame) do.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' })
    if (takeFocus && document.activeElement === document.body) ref.current?.focus()
  }, [state.status, takeFocus])
  if (state.status === 'idle') return null
  const job = state.args[0]
  return state.status === 'success' ? (
    <Paragraph
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-label="Last action"
      mt="xsmall"
      fontSize="small"
    >
      {job.title}: done. Looker now reports {currentName ?? 'no branch'} as the current branch.
    </Paragraph>
  ) : (
    <Box mt="xsmall" ref={ref} tabIndex={-1}>
      <ActionStatus action={action} title={job.title} pendingLabel={job.busyLabel} />
    </Box>
  )
}

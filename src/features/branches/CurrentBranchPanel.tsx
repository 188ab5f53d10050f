import React from 'react'
import { Box, Heading, Paragraph, Span } from '@looker/components'
import type { ProjectState } from '../../looker'
import { ReasonButton } from '../../shared/ReasonButton'
import { formatCommitTime } from '../../shared/format'
import { aheadBehindLabel } from './labels'
import { GitAccess, pullReason, resetReason } from './permissions'
import type { ResetTarget } from './branchChanges'

interface Props {
  ctx: GitAccess
  state: ProjectState
  busy: boolean
  onPull(): void
  onReset(target: ResetTarget): void
}

const UNCOMMITTED = new Set(['uncommitted', 'conflict'])

/** The checked-out branch, its state, and the actions that act on it. */
export function CurrentBranchPanel({ ctx, state, busy, onPull, onReset }: Props) {
  const current = state.branch
  return (
    <Box as="section" aria-label="Current branch" mb="medium">
      <Heading as="h3" fontSize="medium">
        Current branch: <Span fontFamily="code">{current ? current.name : 'none'}</Span>
        {state.branchKind && <Span color="text2"> ({state.branchKind})</Span>}
      </Heading>
      {current && (
        <Paragraph fontSize="small" color="text2" mb="small">
          {UNCOMMITTED.has(state.git.kind)
            ? state.git.kind === 'conflict'
              ? 'conflict · '
              : 'uncommitted changes · '
            : ''}
          {aheadBehindLabel(current)} · last commit {formatCommitTime(current.commitAt)}
        </Paragraph>
      )}
      <ReasonButton reason={pullReason(ctx, current, state.git)} busy={busy} onClick={onPull}>
        Pull remote changes
      </ReasonButton>
      <ReasonButton
        critical
        reason={resetReason(ctx, current, 'remote')}
        busy={busy}
        onClick={() => onReset('remote')}
      >
        Reset to remote…
      </ReasonButton>
      <ReasonButton
        critical
        reason={resetReason(ctx, current, 'production')}
        busy={busy}
        onClick={() => onReset('production')}
      >
        Reset to production…
      </ReasonButton>
    </Box>
  )
}

import React, { ReactNode } from 'react'
import { Box, Heading, Paragraph, Span } from '@looker/components'
import { isPossiblyDirty, type GitState, type ProjectState } from '../../looker'
import { ReasonButton } from '../../shared/ui/ReasonButton'
import { aheadBehindLabel, lastCommitLabel } from './labels'
import { GitAccess, pullReason, resetReason } from '../../shared/git/permissions'
import type { ResetTarget } from './branchChanges'

interface Props {
  ctx: GitAccess
  state: ProjectState
  busy: boolean
  onPull(): void
  onReset(target: ResetTarget): void
  /** The status of the action last started here, shown under its buttons. */
  status?: ReactNode
}

/** The working copy's state before the counts: Looker's own words when the app cannot read them. */
function gitNote(git: GitState): string {
  if (!isPossiblyDirty(git)) return ''
  if (git.kind === 'unknown') return `Looker says: ${git.lookerStatus ?? ''} · `
  return git.kind === 'conflict' ? 'conflict · ' : 'uncommitted changes · '
}

/** The checked-out branch, its state, and the actions that act on it. */
export function CurrentBranchPanel({ ctx, state, busy, onPull, onReset, status }: Props) {
  const current = state.branch
  return (
    <Box as="section" aria-label="Current branch" mb="medium">
      <Heading as="h3" fontSize="medium">
        Current branch: <Span fontFamily="code">{current ? current.name : 'none'}</Span>
        {state.branchKind && <Span color="text2"> ({state.branchKind})</Span>}
      </Heading>
      {current && (
        <Paragraph fontSize="small" color="text2" mb="small">
          {gitNote(state.git)}
          {[aheadBehindLabel(current), lastCommitLabel(current)].filter(Boolean).join(' · ')}
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
      {status}
    </Box>
  )
}

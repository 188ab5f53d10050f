import React from 'react'
import { Box, Heading, Paragraph, Span } from '@looker/components'
import type { Branch } from '../../looker'
import { ReasonButton } from '../../shared/ReasonButton'
import { ideHref, LookerLink } from '../../shared/LookerLink'
import { aheadBehindLabel, branchFlags, lastCommitLabel } from './labels'
import { deleteReason, GitContext, switchReason } from './permissions'

interface Props {
  ctx: GitContext
  branch: Branch
  busy: boolean
  onSwitch(name: string): void
  onDelete(name: string): void
}

/** The selected branch and what can be done with it. */
export function BranchDetails({ ctx, branch, busy, onSwitch, onDelete }: Props) {
  return (
    <Box as="section" aria-label={`Branch ${branch.name}`} mt="medium" p="small" border="ui2">
      <Heading as="h3" fontSize="medium">
        <Span fontFamily="code">{branch.name}</Span>
      </Heading>
      <Paragraph fontSize="small" color="text2" mb="small">
        {[...branchFlags(branch), aheadBehindLabel(branch), lastCommitLabel(branch)]
          .filter(Boolean)
          .join(' · ')}
        {branch.ownerName && ` · owner ${branch.ownerName}`}
        {branch.error && ` · git error: ${branch.error}`}
      </Paragraph>
      {branch.isLocal && !branch.isRemote && (
        <Paragraph fontSize="small" mb="small">
          Not on the remote yet: Looker pushes a branch when you commit in its IDE.{' '}
          <LookerLink href={ideHref(ctx.project.id)}>
            Open {ctx.project.name} in the Looker IDE
          </LookerLink>
        </Paragraph>
      )}
      <ReasonButton
        reason={switchReason(ctx, branch)}
        busy={busy}
        onClick={() => onSwitch(branch.name)}
      >
        {`Switch to ${branch.name}`}
      </ReasonButton>
      <ReasonButton
        critical
        reason={deleteReason(ctx, branch)}
        busy={busy}
        onClick={() => onDelete(branch.name)}
      >
        {`Delete ${branch.name}`}
      </ReasonButton>
    </Box>
  )
}

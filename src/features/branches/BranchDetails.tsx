import React, { ReactNode } from 'react'
import { Box, Heading, Paragraph, Span } from '@looker/components'
import type { Branch } from '../../looker'
import { ReasonButton } from '../../shared/ui/ReasonButton'
import { ideHref, LookerLink } from '../../shared/LookerLink'
import { aheadBehindLabel, branchFlags, gitErrorLabel, lastCommitLabel } from './labels'
import { deleteReason, GitAccess, switchReason } from '../../shared/git/permissions'

interface Props {
  ctx: GitAccess
  branch: Branch
  busy: boolean
  onSwitch(name: string): void
  onDelete(name: string): void
  /** The status of the action last started here, shown under its buttons. */
  status?: ReactNode
}

/** The selected branch and what can be done with it. */
export function BranchDetails({ ctx, branch, busy, onSwitch, onDelete, status }: Props) {
  return (
    <Box as="section" aria-label={`Branch ${branch.name}`} mt="medium" p="small" border="ui2">
      <Heading as="h3" fontSize="medium">
        <Span fontFamily="code">{branch.name}</Span>
      </Heading>
      <Paragraph fontSize="small" color="text2" mb="small">
        {[
          ...branchFlags(branch),
          aheadBehindLabel(branch),
          lastCommitLabel(branch),
          branch.ownerName && `owner ${branch.ownerName}`,
          gitErrorLabel(branch),
        ]
          .filter(Boolean)
          .join(' · ')}
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
      {status}
    </Box>
  )
}

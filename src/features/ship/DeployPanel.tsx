import React, { useState } from 'react'
import { Box, Heading, Paragraph, Span } from '@looker/components'
import type { Branch, CurrentUser } from '../../looker'
import type { CheckStatus } from '../../shared/checkTypes'
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog'
import { ExternalLink } from '../../shared/ExternalLink'
import { ReasonButton } from '../../shared/ui/ReasonButton'
import { visitReason } from '../../shared/workspaceWords'
import { useWorkspace } from '../../state/workspace'
import { deployRoute } from './deployPolicy'
import { DeployOutcome, short, underWayReason } from './DeployOutcome'
import { pullRequestLink } from './pullRequestUrl'
import type { Deploy, DeployRequest } from './useDeploy'
import { productionHead, type ShipProject } from './useShipProject'
const commits = (n: number) => `${n} ${n === 1 ? 'commit' : 'commits'}`

/**
 * The branch against its own remote, which is all Looker counts: GitBranch `ahead_count` and
 * `behind_count` are relative to the branch's remote, not to production (docs/looker-api-ship.md).
 */
export function againstRemote(branch: Branch): string {
  const { ahead, behind } = branch
  if (ahead === null || behind === null) return 'not on the remote'
  if (ahead === 0 && behind === 0) return 'the same as on the remote'
  const parts = [
    ahead > 0 && `${commits(ahead)} not yet on the remote`,
    behind > 0 && `${commits(behind)} on the remote not pulled`,
  ]
  return parts.filter(Boolean).join(', ')
}

interface Props {
  ship: ShipProject
  user: CurrentUser
  validation: CheckStatus
  /** The deploy (kept by the page, so its outcome outlives this panel). */
  deploy: Deploy
  /** Offered after a deploy: the saved query comparisons, again. */
  onRerunComparisons?(): void
}

function PullRequest({ ship }: { ship: ShipProject }) {
  const { project, state } = ship
  const branch = state.branch?.name
  if (!project.remoteUrl || !branch) {
    return (
      <Paragraph>This project requires pull requests, and Looker reports no git remote.</Paragraph>
    )
  }
  const link = pullRequestLink(project.remoteUrl, branch, project.productionBranchName)
  return (
    <Box>
      <Paragraph>
        This project requires pull requests: changes reach {project.productionBranchName} through a
        reviewed pull request, not a deploy from here.
      </Paragraph>
      {link.host ? (
        <ExternalLink href={link.url}>Open a pull request</ExternalLink>
      ) : (
        <Paragraph>
          Open a pull request of {branch} into {project.productionBranchName} on the git host:{' '}
          <Span fontFamily="code">{link.url}</Span>
        </Paragraph>
      )}
    </Box>
  )
}

/** What goes out, whether policy and permissions allow it, and the deploy with its confirmation. */
export function DeployPanel({ ship, user, validation, deploy, onRerunComparisons }: Props) {
  // What the dialog shows is fixed when it opens: the deploy is checked against exactly that.
  const [confirming, setConfirming] = useState<DeployRequest | null>(null)
  const { project, state } = ship
  const branch = state.branch
  const route = deployRoute(ship, user, validation)
  const open = () => {
    if (!branch) return
    const commit = branch.ref
    setConfirming({ branch: branch.name, commit, productionBefore: productionHead(ship), state })
  }
  const confirm = () => {
    const request = confirming
    setConfirming(null)
    if (request) void deploy.action.run(request)
  }
  const deploying = deploy.action.state.status === 'pending'
  // No second deploy while one may be under way (its outcome is read back first), nor while the
  // content check visits the other workspace (Looker would refuse it, or deploy mid-visit).
  const { visiting } = useWorkspace()
  const blocked = deploy.underWay
    ? underWayReason(deploy.underWay)
    : visiting
      ? visitReason(visiting)
      : null

  return (
    <Box as="section" aria-label="Deploy" border="ui2" borderRadius="medium" p="medium" mb="medium">
      <Heading as="h3" fontSize="medium">
        Deploy to production
      </Heading>
      <Paragraph aria-label="What goes out">
        {branch ? (
          <>
            Branch <Span fontWeight="semiBold">{branch.name}</Span> at {short(branch.ref)} (
            {againstRemote(branch)})
          </>
        ) : (
          'No branch'
        )}
        ; production ({project.productionBranchName}) at {short(productionHead(ship))}.
      </Paragraph>
      <Paragraph fontSize="small" mb="small">
        Looker&apos;s API does not report how many commits the branch is ahead of production, nor
        whether deploying it is a fast-forward of {project.productionBranchName}: Looker checks that
        when it pushes, and if it refuses, its message shows here.
      </Paragraph>
      {route.kind === 'pullRequest' ? (
        <PullRequest ship={ship} />
      ) : (
        <Box>
          {route.reasons.length > 0 && (
            <Box as="ul" aria-label="Why you cannot deploy">
              {route.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </Box>
          )}
          <ReasonButton
            reason={blocked ?? route.reasons[0] ?? null}
            busy={deploying}
            onClick={open}
          >
            Deploy {branch?.name ?? ''}
          </ReasonButton>
        </Box>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Deploy ${confirming.branch} to production?`}
          confirmLabel={`Deploy ${confirming.branch}`}
          safe
          onCancel={() => setConfirming(null)}
          onConfirm={confirm}
        >
          <Paragraph>
            Looker pushes {confirming.branch} (at {short(confirming.commit)},{' '}
            {confirming.state.branch ? againstRemote(confirming.state.branch) : 'not on the remote'}
            ) to {project.productionBranchName} and pulls it into production, replacing{' '}
            {short(confirming.productionBefore)}. How many commits that adds, and whether it is a
            fast-forward, Looker&apos;s API does not say: Looker refuses a push that is not one.
            Every user then runs your LookML. Right before sending, the page reads Looker again and
            deploys only if {confirming.branch} is still checked out at {short(confirming.commit)}.
          </Paragraph>
        </ConfirmDialog>
      )}
      <DeployOutcome deploy={deploy} onRerunComparisons={onRerunComparisons} />
    </Box>
  )
}

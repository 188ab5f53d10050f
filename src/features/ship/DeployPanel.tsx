import React, { useState } from 'react'
import { Box, Button, ButtonTransparent, Heading, Paragraph, Space, Span } from '@looker/components'
import type { Branch, CurrentUser } from '../../looker'
import { ActionStatus } from '../../shared/ActionStatus'
import type { CheckStatus } from '../../shared/checkTypes'
import { ConfirmDialog } from '../../shared/ConfirmDialog'
import { ExternalLink } from '../../shared/ExternalLink'
import { ReasonButton } from '../../shared/ReasonButton'
import { useAction } from '../../shared/useAction'
import { useLookerApi } from '../../state/api'
import { deployRoute } from './deployPolicy'
import { pullRequestLink } from './pullRequestUrl'
import { productionHead, type ShipProject } from './useShipProject'

const short = (sha: string | null) => (sha ? sha.slice(0, 7) : 'an unknown commit')
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
  /** Re-reads the project; resolves once the page shows Looker's new answer. */
  refresh(): Promise<unknown>
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
export function DeployPanel({ ship, user, validation, refresh, onRerunComparisons }: Props) {
  const api = useLookerApi()
  const [confirming, setConfirming] = useState(false)
  const { project, state } = ship
  const branch = state.branch
  const route = deployRoute(ship, user, validation)
  // After a timeout or Stop waiting the project is re-read: the page shows what Looker deployed.
  const deploy = useAction(
    async (_ctx, name: string) => {
      await api.deployToProduction(project.id)
      await refresh().catch(() => undefined)
      return name
    },
    { reread: async () => void (await refresh()) }
  )

  const confirm = () => {
    setConfirming(false)
    if (branch) void deploy.run(branch.name)
  }
  const deploying = deploy.state.status === 'pending' ? deploy.state.args[0] : null

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
            reason={route.reasons[0] ?? null}
            busy={deploying !== null}
            onClick={() => setConfirming(true)}
          >
            Deploy {branch?.name ?? ''}
          </ReasonButton>
        </Box>
      )}
      {confirming && branch && (
        <ConfirmDialog
          title={`Deploy ${branch.name} to production?`}
          confirmLabel={`Deploy ${branch.name}`}
          safe
          onCancel={() => setConfirming(false)}
          onConfirm={confirm}
        >
          <Paragraph>
            Looker pushes {branch.name} (at {short(branch.ref)}, {againstRemote(branch)}) to{' '}
            {project.productionBranchName} and pulls it into production, replacing{' '}
            {short(productionHead(ship))}. How many commits that adds, and whether it is a
            fast-forward, Looker&apos;s API does not say: Looker refuses a push that is not one.
            Every user then runs your LookML.
          </Paragraph>
        </ConfirmDialog>
      )}
      {deploying !== null && (
        <Space gap="xsmall">
          <Paragraph role="status">Deploying {deploying}…</Paragraph>
          <ButtonTransparent size="xsmall" onClick={deploy.stop}>
            Stop waiting
          </ButtonTransparent>
        </Space>
      )}
      {deploy.state.status !== 'idle' && (
        <ActionStatus
          action={deploy}
          title={`Deploy ${deploy.state.args[0]}`}
          errorTitle="Looker refused the deploy"
        />
      )}
      {deploy.state.status === 'success' && (
        <Box role="status" aria-label="Deploy result">
          <Paragraph>
            Deployed {deploy.state.value}: production now runs {short(productionHead(ship))}.
          </Paragraph>
          {onRerunComparisons && (
            <Button size="small" onClick={onRerunComparisons}>
              Compare the saved queries again
            </Button>
          )}
        </Box>
      )}
    </Box>
  )
}

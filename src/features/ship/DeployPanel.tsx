import React, { useState } from 'react'
import { Box, Button, Heading, Paragraph, Span } from '@looker/components'
import type { ApiError, Branch, CurrentUser } from '../../looker'
import { toApiError } from '../../looker'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import type { CheckStatus } from '../../shared/checkTypes'
import { ConfirmDialog } from '../../shared/ConfirmDialog'
import { ExternalLink } from '../../shared/ExternalLink'
import { ReasonButton } from '../../shared/ReasonButton'
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

type DeployState =
  | { status: 'idle' }
  | { status: 'confirming' }
  | { status: 'deploying' }
  | { status: 'error'; error: ApiError }
  | { status: 'deployed'; branch: string; commit: string | null }

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
  const [deploy, setDeploy] = useState<DeployState>({ status: 'idle' })
  const { project, state } = ship
  const branch = state.branch
  const route = deployRoute(ship, user, validation)

  const confirm = async () => {
    if (!branch) return
    setDeploy({ status: 'deploying' })
    try {
      await api.deployToProduction(project.id)
    } catch (e) {
      setDeploy({ status: 'error', error: toApiError(e) })
      return
    }
    await refresh().catch(() => undefined)
    setDeploy({ status: 'deployed', branch: branch.name, commit: branch.ref })
  }

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
            busy={deploy.status === 'deploying'}
            onClick={() => setDeploy({ status: 'confirming' })}
          >
            Deploy {branch?.name ?? ''}
          </ReasonButton>
        </Box>
      )}
      {deploy.status === 'confirming' && branch && (
        <ConfirmDialog
          title={`Deploy ${branch.name} to production?`}
          confirmLabel={`Deploy ${branch.name}`}
          safe
          onCancel={() => setDeploy({ status: 'idle' })}
          onConfirm={() => void confirm()}
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
      {deploy.status === 'deploying' && (
        <Paragraph role="status">Deploying {branch?.name}…</Paragraph>
      )}
      {deploy.status === 'error' && (
        <ApiErrorMessage error={deploy.error} title="Looker refused the deploy" />
      )}
      {deploy.status === 'deployed' && (
        <Box role="status" aria-label="Deploy result">
          <Paragraph>
            Deployed {deploy.branch}: production now runs {short(productionHead(ship))}.
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

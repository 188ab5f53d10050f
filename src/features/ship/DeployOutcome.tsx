import React from 'react'
import { Box, Button, ButtonTransparent, Paragraph, Space } from '@looker/components'
import { NotAsConfirmed } from '../../looker'
import { ActionStatus } from '../../shared/ActionStatus'
import type { Deploy } from './useDeploy'

export const short = (sha: string | null) => (sha ? sha.slice(0, 7) : 'an unknown commit')

/**
 * The deploy's progress and outcome: Deploying (with Stop waiting), Looker's refusal, the page's
 * own refusal when Looker no longer reports what was confirmed, or the commit production runs as
 * read back from Looker. Shown on the Ship page in either workspace.
 */
export function DeployOutcome({
  deploy,
  onRerunComparisons,
}: {
  deploy: Deploy
  onRerunComparisons?(): void
}) {
  const { state } = deploy
  if (state.status === 'idle') return null
  const { branch } = state.args[0]
  const notSent = state.status === 'error' && state.error instanceof NotAsConfirmed
  return (
    <Box>
      {state.status === 'pending' && (
        <Space gap="xsmall">
          <Paragraph role="status">Deploying {branch}…</Paragraph>
          <ButtonTransparent size="xsmall" onClick={deploy.stop}>
            Stop waiting
          </ButtonTransparent>
        </Space>
      )}
      <ActionStatus
        action={deploy}
        title={`Deploy ${branch}`}
        errorTitle={notSent ? `Deploy ${branch} not sent` : 'Looker refused the deploy'}
      />
      {state.status === 'success' && (
        <Box role="status" aria-label="Deploy result">
          <Paragraph>
            {state.value.productionAfter === state.value.commit
              ? `Deployed ${branch}: production now runs ${short(state.value.productionAfter)}.`
              : `Looker answered the deploy of ${branch}, but production now runs ${short(state.value.productionAfter)}, not ${short(state.value.commit)}.`}
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

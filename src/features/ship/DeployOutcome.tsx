import React from 'react'
import { Box, Button, ButtonTransparent, Paragraph, Space } from '@looker/components'
import { NotAsConfirmed } from '../../looker'
import { ActionStatus } from '../../shared/ActionStatus'
import { MessageBar } from '../../shared/ui/MessageBar'
import type { DeployRecord, Settled } from './deployRecord'
import type { Deploy } from './useDeploy'

export const short = (sha: string | null) => (sha ? sha.slice(0, 7) : 'an unknown commit')
const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16) + ' UTC'

/** Why no other deploy is offered while one may be under way (the Deploy button's reason). */
export function underWayReason(r: DeployRecord): string {
  return `A deploy of ${r.branch} (${short(r.commit)}) sent at ${clock(r.since)} may be under way: Looker has not confirmed it.`
}

function UnderWay(props: { record: DeployRecord; stopped: boolean; onCheck(): void }) {
  const { record, stopped, onCheck } = props
  const why = record.lost
    ? `Looker's answer was lost (${record.lost}).`
    : stopped
      ? 'You stopped waiting for its answer.'
      : 'Its answer never reached this page (it was closed or reloaded).'
  return (
    <Box role="status" aria-label="Deploy under way" my="xsmall">
      <MessageBar intent="warn" primaryAction="Check again" onPrimaryClick={onCheck}>
        A deploy of {record.branch} ({short(record.commit)}) was sent at {clock(record.since)}.{' '}
        {why} Looker may still apply it: production runs {short(record.productionBefore)} as last
        read. The page reads production again until it shows the outcome, and offers no other deploy
        meanwhile.
      </MessageBar>
    </Box>
  )
}

function settledText({ kind, record, production }: Settled): string {
  const { branch, commit } = record
  if (kind === 'applied')
    return `Deployed ${branch}: production now runs ${short(production)} (read back from Looker: its answer to the deploy never arrived).`
  if (kind === 'other')
    return `Production now runs ${short(production)}: neither the commit sent with ${branch} (${short(commit)}) nor the one before. Someone else deployed meanwhile.`
  const minutes = Math.max(1, Math.round((Date.now() - record.since) / 60_000))
  return `Looker did not apply the deploy of ${branch}: ${minutes} min after it was sent, production still runs ${short(production)}. You can deploy again.`
}

/**
 * The deploy's progress and outcome: Deploying (with Stop waiting), Looker's refusal, the page's
 * own refusal when Looker no longer reports what was confirmed, a deploy that may be under way,
 * or the commit production runs as read back from Looker. Shown on the Ship page in either
 * workspace.
 */
export function DeployOutcome({
  deploy,
  onRerunComparisons,
}: {
  deploy: Deploy
  onRerunComparisons?(): void
}) {
  const { action, underWay, settled } = deploy
  const { state } = action
  const branch = state.status === 'idle' ? null : state.args[0].branch
  const notSent = state.status === 'error' && state.error instanceof NotAsConfirmed
  return (
    <Box>
      {state.status === 'pending' && (
        <Space gap="xsmall">
          <Paragraph role="status">Deploying {branch}…</Paragraph>
          <ButtonTransparent size="xsmall" onClick={action.stop}>
            Stop waiting
          </ButtonTransparent>
        </Space>
      )}
      {state.status === 'error' && (
        <ActionStatus
          action={action}
          title={`Deploy ${branch}`}
          errorTitle={notSent ? `Deploy ${branch} not sent` : 'Looker refused the deploy'}
        />
      )}
      {underWay && state.status !== 'pending' && (
        <UnderWay
          record={underWay}
          stopped={state.status === 'stopped'}
          onCheck={deploy.checkAgain}
        />
      )}
      {settled && (
        <Box role="status" aria-label="Deploy result">
          <Paragraph>{settledText(settled)}</Paragraph>
        </Box>
      )}
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

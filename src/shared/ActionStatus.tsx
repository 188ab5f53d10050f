import React from 'react'
import { Box, ButtonTransparent, Space } from '@looker/components'
import { MessageBar } from './ui/MessageBar'
import { ApiErrorMessage } from './ApiErrorMessage'
import { Loading } from './AsyncContent'
import type { ActionState } from './useAction'

/** A pending write: its label, and Stop waiting (Looker cannot be told to forget a request). */
export function Pending({ label, onStop }: { label: string; onStop(): void }) {
  return (
    <Space gap="xsmall" width="auto">
      <Loading label={label} />
      <ButtonTransparent size="xsmall" onClick={onStop}>
        Stop waiting
      </ButtonTransparent>
    </Space>
  )
}

/** What the person is told after Looker did not answer a write in time, or they stopped waiting. */
export function notAnsweredText(what: string, applied: boolean | null, stopped: boolean): string {
  if (applied)
    return `Looker did not answer "${what}" in time, but has applied it: shown as Looker reports it now.`
  const lead = stopped
    ? `Stopped waiting for "${what}".`
    : `Looker did not answer "${what}" in time.`
  return `${lead} Looker may still apply it: the page shows what Looker reports now and reads again.`
}

interface Props {
  action: { state: ActionState<unknown, unknown[], unknown>; stop(): void; recheck(): void }
  /** What is done, in the person's words, e.g. "Create feature/x". */
  title: string
  /** Shown while pending, e.g. "Creating feature/x"; nothing pending is shown without it. */
  pendingLabel?: string
  /** The title of Looker's refusal; "<title> failed" by default. */
  errorTitle?: string
}

/**
 * The outcome of a write: pending with Stop waiting, Looker's refusal (with its documentation
 * link), or, after a host timeout or Stop waiting, that Looker may still apply it.
 */
export function ActionStatus({ action, title, pendingLabel, errorTitle }: Props) {
  const { state } = action
  switch (state.status) {
    case 'pending':
      return pendingLabel ? <Pending label={pendingLabel} onStop={action.stop} /> : null
    case 'error':
      return <ApiErrorMessage error={state.error} title={errorTitle ?? `${title} failed`} />
    case 'timedOut':
    case 'stopped': {
      const applied = state.status === 'timedOut' ? state.applied : null
      return (
        <Box role="status" my="xsmall">
          <MessageBar
            intent={applied ? 'inform' : 'warn'}
            primaryAction={applied ? undefined : 'Check again'}
            onPrimaryClick={action.recheck}
          >
            {notAnsweredText(title, applied, state.status === 'stopped')}
          </MessageBar>
        </Box>
      )
    }
    default:
      return null
  }
}

import React from 'react'
import { Box, ButtonOutline, Paragraph } from '@looker/components'
import { MessageBar } from '../../shared/ui/MessageBar'
import { ActionStatus } from '../../shared/ActionStatus'
import { type LeftBehind, usePutBack } from '../../state/putBack'
import { workspaceWords } from '../../shared/workspaceWords'

function why({ reason, in: where, by }: LeftBehind): string {
  const name = workspaceWords(where).sentence
  return reason === 'failed'
    ? `Your Looker session is still in ${name} because the ${by} could not switch it back.`
    : `Your Looker session is still in ${name}: a ${by} switched it and did not switch it back (the page was closed or reloaded while it ran).`
}

/**
 * Stays on every page while a put-back has not happened (the session is left in the other
 * workspace, in every Looker tab), until the session is back.
 */
export function PutBackBanner() {
  const { leftBehind, putBackNow } = usePutBack()
  if (!leftBehind) return null
  const back = workspaceWords(leftBehind.back).sentence
  const models = workspaceWords(leftBehind.in).models
  return (
    <Box
      as="section"
      aria-label={`Session left in ${workspaceWords(leftBehind.in).sentence}`}
      px="medium"
      pt="small"
    >
      <MessageBar intent="warn">
        <Paragraph>{why(leftBehind)}</Paragraph>
        <Paragraph fontSize="small">
          Other Looker tabs you have open use your {models} models until it is put back.
        </Paragraph>
        <ButtonOutline
          mt="xsmall"
          disabled={putBackNow.state.status === 'pending'}
          onClick={() => void putBackNow.run()}
        >
          Switch back to {back}
        </ButtonOutline>
      </MessageBar>
      <ActionStatus
        action={putBackNow}
        title={`Switch back to ${back}`}
        pendingLabel={`Switching back to ${back}`}
        errorTitle={`Could not switch back to ${back}`}
      />
    </Box>
  )
}

import React from 'react'
import { Box, ButtonOutline, MessageBar, Paragraph } from '@looker/components'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { usePutBack } from '../../state/putBack'

const WHY = {
  failed:
    'Your Looker session is still in Development Mode because the comparison could not switch it back.',
  interrupted:
    'Your Looker session is still in Development Mode: a comparison switched it and did not switch it back (the page was closed or reloaded while it ran).',
}

/**
 * Stays on every page while a comparison has left the session in Development Mode (in every
 * Looker tab), until the session is back in production.
 */
export function PutBackBanner() {
  const { leftInDev, error, busy, putBackNow } = usePutBack()
  if (!leftInDev) return null
  return (
    <Box as="section" aria-label="Session left in Development Mode" px="medium" pt="small">
      <MessageBar intent="warn" noActions>
        <Paragraph>{WHY[leftInDev]}</Paragraph>
        <Paragraph fontSize="small">
          Other Looker tabs you have open use your development models until it is put back.
        </Paragraph>
        <ButtonOutline mt="xsmall" disabled={busy} onClick={() => void putBackNow()}>
          Switch back to production
        </ButtonOutline>
      </MessageBar>
      {error && <ApiErrorMessage error={error} title="Could not switch back to production" />}
    </Box>
  )
}

import React from 'react'
import { Link as RouterLink, useLocation } from 'react-router-dom'
import { Paragraph } from '@looker/components'

/** Where a link whose percent escapes do not decode lands, instead of a blank extension. */
export function MalformedLinkPage() {
  const { state } = useLocation<{ link?: string } | undefined>()
  return (
    <Paragraph role="alert">
      This link is malformed: {state?.link ?? 'the address'} has a percent sign (%) that is not
      followed by a valid escape, so it names no page.{' '}
      <RouterLink to="/">Go to the projects page</RouterLink>.
    </Paragraph>
  )
}

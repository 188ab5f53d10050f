import React from 'react'
import { Link as RouterLink, useLocation } from 'react-router-dom'
import { Paragraph } from '@looker/components'

export function NotFoundPage() {
  const { pathname } = useLocation()
  return (
    <Paragraph role="alert">
      There is no page at {pathname}. <RouterLink to="/">Go to the home page</RouterLink>.
    </Paragraph>
  )
}

import React from 'react'
import { Heading } from '@looker/components'

/** Placeholder for the query panel (issue #5). */
export function QueryPage() {
  return (
    <Heading as="h2" fontSize="large">
      Test query
    </Heading>
  )
}

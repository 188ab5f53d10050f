import React from 'react'
import { Heading } from '@looker/components'

/** Placeholder for a project's branches (issue #4). */
export function ProjectPage() {
  return (
    <Heading as="h2" fontSize="large">
      Project
    </Heading>
  )
}

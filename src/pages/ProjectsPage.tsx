import React from 'react'
import { Heading } from '@looker/components'

/** Placeholder for the projects table (issue #4). */
export function ProjectsPage() {
  return (
    <Heading as="h2" fontSize="large">
      Projects
    </Heading>
  )
}

import React from 'react'
import { Heading } from '@looker/components'
import { ProjectsOverview } from '../features/projects'

/** The home page: every LookML project's git state at a glance (issue #4). */
export function ProjectsPage() {
  return (
    <>
      <Heading as="h2" fontSize="large" mb="small">
        Projects
      </Heading>
      <ProjectsOverview />
    </>
  )
}

import React from 'react'
import { Heading, Paragraph, Space } from '@looker/components'
import { Link } from 'react-router-dom'
import { ProjectsOverview } from '../features/projects'

/** The home page: every LookML project's git state at a glance. */
export function ProjectsPage() {
  return (
    <>
      <Space between mb="small">
        <Heading as="h2" fontSize="large">
          Projects
        </Heading>
        <Paragraph fontSize="small">
          <Link to="/git">Git health: old branches of every project</Link>
        </Paragraph>
      </Space>
      <ProjectsOverview />
    </>
  )
}

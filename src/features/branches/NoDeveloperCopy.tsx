import React from 'react'
import { Link, Paragraph } from '@looker/components'
import { MessageBar } from '../../shared/ui/MessageBar'
import { useHost } from '../../state/host'
import { pathSegment } from '../../shared/routes'

/**
 * Until a person opens a project in Development Mode and creates their developer copy in Looker's
 * IDE, Looker answers the project's development reads with 404 (docs/looker-api-behaviour.md
 * "Developer copy"). Said plainly, with the way to make one.
 */
export function NoDeveloperCopy({ projectId }: { projectId: string }) {
  const host = useHost()
  const path = `/projects/${pathSegment(projectId)}`
  return (
    <MessageBar intent="inform">
      <Paragraph role="status" aria-label="No developer copy">
        You have no developer copy of {projectId} yet, so Looker has no branches of it to show in
        Development Mode. Open the project in Looker&apos;s IDE and choose{' '}
        <strong>Create Developer Copy</strong>, then come back here.
      </Paragraph>
      <Paragraph>
        <Link
          href={path}
          onClick={(event) => {
            event.preventDefault()
            host.navigate(path)
          }}
        >
          Open {projectId} in Looker&apos;s IDE
        </Link>
      </Paragraph>
    </MessageBar>
  )
}

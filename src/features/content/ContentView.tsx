import React from 'react'
import { Box, Heading, Paragraph, Span } from '@looker/components'
import { Link as RouterLink } from 'react-router-dom'
import { useLookerApi } from '../../state/api'
import { useWorkspaceId } from '../../state/workspace'
import { useWorkspaceAsync } from '../../state/useWorkspaceAsync'
import { AsyncContent } from '../../shared/AsyncContent'
import { pathSegment } from '../../shared/routes'
import { ContentImpactCheck } from './ContentImpactCheck'

/** `/projects/<id>/content`: the content check on its own page, to share. */
export function ContentView({ projectId }: { projectId: string }) {
  const api = useLookerApi()
  const ws = useWorkspaceId()
  const { state, reload } = useWorkspaceAsync(() => api.getProjectState(projectId), projectId)
  const ship = `/projects/${pathSegment(projectId)}/ship`
  return (
    <Box>
      <Paragraph fontSize="small">
        <RouterLink to={ship}>Ship {projectId}</RouterLink>
      </Paragraph>
      <Heading as="h2" fontSize="large" mb="small">
        Dashboards and Looks of {projectId}
      </Heading>
      {ws === 'production' ? (
        <Paragraph role="status">
          Your session is in production. This check compares production with your development
          branch: turn on Development Mode with the switch above.
        </Paragraph>
      ) : (
        <AsyncContent
          state={state}
          loadingLabel="Loading the project"
          errorTitle="Could not read the project"
          onRetry={reload}
        >
          {({ value: s }) => (
            <Box>
              <Paragraph mb="small" aria-label="Branch">
                Branch <Span fontWeight="semiBold">{s.branch?.name ?? 'none'}</Span> at{' '}
                {s.branch?.ref?.slice(0, 7) ?? 'unknown'}
              </Paragraph>
              <ContentImpactCheck projectId={projectId} head={s.branch?.ref ?? null} />
            </Box>
          )}
        </AsyncContent>
      )}
    </Box>
  )
}

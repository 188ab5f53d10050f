import React, { useState } from 'react'
import { Box, Heading, Paragraph } from '@looker/components'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { Link as RouterLink } from 'react-router-dom'
import { ideHref, LookerLink } from '../../shared/LookerLink'
import { AsyncContent } from '../../shared/AsyncContent'
import { useLookerApi } from '../../state/api'
import { useWorkspaceAsync } from '../../state/useWorkspaceAsync'
import { ProjectGit } from './ProjectGit'
import type { Refusal } from './useBranches'
import { pathSegment } from '../../shared/routes'
import { workspaceWords } from '../../shared/workspaceWords'

const CANNOT_SEE_PROJECTS =
  'You cannot see LookML projects: Looker shows them to users whose roles include the see_lookml or develop permission.'

/**
 * The project in the session's workspace, read as every workspace-dependent read is
 * (useWorkspaceAsync); the git part is keyed by the workspace it was read in, so a switch rebuilds
 * it from fresh reads instead of showing the other workspace's branches.
 */
function ProjectInWorkspace({ projectId }: { projectId: string }) {
  const api = useLookerApi()
  const { state: project, reload } = useWorkspaceAsync(() => api.getProject(projectId), projectId)
  // Kept above the workspace key: a refusal in Development Mode is still said once the session
  // (another tab) left it and the page was rebuilt read-only for production.
  const [refused, setRefused] = useState<Refusal | null>(null)
  const shownIn = project.status === 'success' ? project.value.workspaceId : null
  const earlier = refused && refused.workspaceId !== shownIn && (
    <Box mb="small">
      <ApiErrorMessage error={refused.error} title={`${refused.title} failed`} />
      <Paragraph fontSize="small">
        That happened in {workspaceWords(refused.workspaceId).sentence}; the page now shows the
        project as Looker reports it.
      </Paragraph>
    </Box>
  )
  if (project.status === 'error' && project.error.status === 403) {
    // Looker documents 403 for viewers: a fact about the person, not a failure to retry.
    return <Paragraph role="status">{CANNOT_SEE_PROJECTS}</Paragraph>
  }
  return (
    <>
      {earlier}
      <AsyncContent
        state={project}
        loadingLabel={`Loading ${projectId}`}
        errorTitle={`Could not open ${projectId}`}
        onRetry={reload}
      >
        {({ workspaceId, value: p }) =>
          p.usesGit ? (
            <ProjectGit
              key={`${workspaceId}:${p.id}`}
              project={p}
              workspaceId={workspaceId}
              onRefusal={setRefused}
            />
          ) : (
            <Paragraph>{p.name} does not use git: there are no branches to show.</Paragraph>
          )
        }
      </AsyncContent>
    </>
  )
}

/** A project's branches, opened by its URL. */
export function BranchesView({ projectId }: { projectId: string }) {
  return (
    <>
      <Heading as="h2" fontSize="large">
        Project {projectId}
      </Heading>
      <Paragraph fontSize="small" mb="small">
        <RouterLink to="/">All projects</RouterLink> ·{' '}
        <RouterLink to={`/projects/${pathSegment(projectId)}/ship`}>
          Ship {projectId}: validate and deploy
        </RouterLink>{' '}
        · <LookerLink href={ideHref(projectId)}>Open {projectId} in the Looker IDE</LookerLink>
      </Paragraph>
      <ProjectInWorkspace key={projectId} projectId={projectId} />
    </>
  )
}

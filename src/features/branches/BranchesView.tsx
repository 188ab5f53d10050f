import React from 'react'
import { Heading, Paragraph } from '@looker/components'
import { Link as RouterLink } from 'react-router-dom'
import { ideHref, LookerLink } from '../../shared/LookerLink'
import { AsyncContent } from '../../shared/AsyncContent'
import { useLookerApi } from '../../state/api'
import { useWorkspaceAsync } from '../../state/useWorkspaceAsync'
import { ProjectGit } from './ProjectGit'
import { pathSegment } from '../../shared/routes'

const CANNOT_SEE_PROJECTS =
  'You cannot see LookML projects: Looker shows them to users whose roles include the see_lookml or develop permission.'

/**
 * The project in the session's workspace, read as every workspace-dependent read is
 * (useWorkspaceAsync); the git part is keyed by the workspace it was read in, so a switch rebuilds
 * it from fresh reads instead of showing the other workspace's branches.
 */
function ProjectInWorkspace({ projectId }: { projectId: string }) {
  const api = useLookerApi()
  const [project, reload] = useWorkspaceAsync(
    async (workspaceId) => ({ workspaceId, project: await api.getProject(projectId) }),
    projectId
  )
  if (project.status === 'error' && project.error.status === 403) {
    // Looker documents 403 for viewers: a fact about the person, not a failure to retry.
    return <Paragraph role="status">{CANNOT_SEE_PROJECTS}</Paragraph>
  }
  return (
    <AsyncContent
      state={project}
      loadingLabel={`Loading ${projectId}`}
      errorTitle={`Could not open ${projectId}`}
      onRetry={reload}
    >
      {({ workspaceId, project: p }) =>
        p.usesGit ? (
          <ProjectGit key={`${workspaceId}:${p.id}`} project={p} workspaceId={workspaceId} />
        ) : (
          <Paragraph>{p.name} does not use git: there are no branches to show.</Paragraph>
        )
      }
    </AsyncContent>
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

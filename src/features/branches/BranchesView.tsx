import React from 'react'
import { Heading, Paragraph } from '@looker/components'
import { Link as RouterLink } from 'react-router-dom'
import type { WorkspaceId } from '../../looker'
import { useAsync } from '../../shared/async'
import { ideHref, LookerLink } from '../../shared/LookerLink'
import { AsyncContent, Loading } from '../../shared/AsyncContent'
import { useLookerApi } from '../../state/api'
import { useWorkspaceId } from '../../state/workspace'
import { ProjectGit } from './ProjectGit'
import { pathSegment } from '../../shared/routes'

const CANNOT_SEE_PROJECTS =
  'You cannot see LookML projects: Looker shows them to users whose roles include the see_lookml or develop permission.'

function ProjectInWorkspace({
  projectId,
  workspaceId,
}: {
  projectId: string
  workspaceId: WorkspaceId
}) {
  const api = useLookerApi()
  const [project, reload] = useAsync(() => api.getProject(projectId), `${workspaceId}:${projectId}`)
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
      {(p) =>
        p.usesGit ? (
          <ProjectGit project={p} workspaceId={workspaceId} />
        ) : (
          <Paragraph>{p.name} does not use git: there are no branches to show.</Paragraph>
        )
      }
    </AsyncContent>
  )
}

/**
 * A project's branches, opened by its URL. Keyed by the workspace Looker reports, so a switch
 * rebuilds it from fresh reads instead of showing the other workspace's branches.
 */
export function BranchesView({ projectId }: { projectId: string }) {
  const workspaceId = useWorkspaceId()
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
      {workspaceId ? (
        <ProjectInWorkspace
          key={`${workspaceId}:${projectId}`}
          projectId={projectId}
          workspaceId={workspaceId}
        />
      ) : (
        <Loading label="Waiting for the workspace" />
      )}
    </>
  )
}

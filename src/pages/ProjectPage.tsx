import React from 'react'
import { useParams } from 'react-router-dom'
import { BranchesView } from '../features/branches'
import { projectIdFrom } from '../shared/routes'

/** A project's branches, at `/projects/<project_id>` (a deep link). */
export function ProjectPage() {
  const { projectId } = useParams<{ projectId: string }>()
  return <BranchesView projectId={decodeOnce(projectId)} />
}

/** A project id from its path segment (written by pathSegment in shared/routes). */
export function decodeOnce(segment: string): string {
  return projectIdFrom(segment)
}

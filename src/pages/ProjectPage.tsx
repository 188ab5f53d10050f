import React from 'react'
import { useParams } from 'react-router-dom'
import { BranchesView } from '../features/branches'

/** A project's branches, at `/projects/<project_id>` (a deep link; issue #4). */
export function ProjectPage() {
  const { projectId } = useParams<{ projectId: string }>()
  return <BranchesView projectId={decodeOnce(projectId)} />
}

/** Project ids come URL-encoded from the project links; a stray "%" must not crash the page. */
export function decodeOnce(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

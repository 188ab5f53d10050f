import React from 'react'
import { useParams } from 'react-router-dom'
import { ContentImpactCheck } from '../features/content'
import { DataTestsCheck } from '../features/dataTests'
import { SavedQueriesCheck } from '../features/queries'
import { ShipView } from '../features/ship'
import { decodeOnce } from './ProjectPage'

/** `/projects/<project_id>/ship`: the checklist and the deploy, composed from features. */
export function ShipPage() {
  const { projectId: raw } = useParams<{ projectId: string }>()
  const projectId = decodeOnce(raw)
  return (
    <ShipView
      projectId={projectId}
      slots={{
        dataTests: ({ head }) => <DataTestsCheck project={projectId} head={head} />,
        contentImpact: ({ head }) => (
          <ContentImpactCheck projectId={projectId} head={head} linkToPage />
        ),
        savedQueries: ({ head, rerun }) => (
          <SavedQueriesCheck projectId={projectId} head={head} rerun={rerun} />
        ),
      }}
    />
  )
}

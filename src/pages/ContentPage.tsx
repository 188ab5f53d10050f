import React from 'react'
import { useParams } from 'react-router-dom'
import { ContentView } from '../features/content'
import { decodeOnce } from './ProjectPage'

/** `/projects/<project_id>/content`: Dashboards and Looks, the content check, on its own page. */
export function ContentPage() {
  const { projectId: raw } = useParams<{ projectId: string }>()
  return <ContentView projectId={decodeOnce(raw)} />
}

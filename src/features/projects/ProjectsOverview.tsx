import React, { useMemo, useState } from 'react'
import {
  Box,
  FieldText,
  Paragraph,
  Table,
  TableBody,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@looker/components'
import type { Project, WorkspaceId } from '../../looker'
import { useAsync } from '../../shared/async'
import { AsyncContent, Loading } from '../../shared/AsyncContent'
import { ariaSort, SortButton } from '../../shared/SortButton'
import { useLookerApi } from '../../state/api'
import { useWorkspaceId } from '../../state/workspace'
import { ProjectRow } from './ProjectRow'
import { SortKey, summarize, summaryText, visibleProjects } from './projectRows'
import { useProjectStates } from './useProjectStates'

function SortHeader(props: {
  label: string
  sortKey: SortKey
  sort: SortKey
  onSort(k: SortKey): void
}) {
  const sorted = props.sort === props.sortKey ? 'ascending' : null
  return (
    <TableHeaderCell aria-sort={ariaSort(sorted)}>
      <SortButton label={props.label} sorted={sorted} onSort={() => props.onSort(props.sortKey)} />
    </TableHeaderCell>
  )
}

function ProjectsTable({
  projects,
  workspaceId,
}: {
  projects: Project[]
  workspaceId: WorkspaceId
}) {
  const [states, retry] = useProjectStates(projects, workspaceId)
  const [filter, setFilter] = useState('')
  const [sort, setSort] = useState<SortKey>('name')
  const rows = useMemo(
    () => visibleProjects(projects, states, filter, sort),
    [projects, states, filter, sort]
  )

  if (projects.length === 0) {
    return (
      <Paragraph>
        Looker shows you no LookML projects. Projects are visible to users whose roles include the
        see_lookml or develop permission.
      </Paragraph>
    )
  }
  return (
    <>
      <Paragraph role="status" aria-label="Summary" mb="small">
        {summaryText(summarize(projects, states))}
      </Paragraph>
      <Box maxWidth="20rem" mb="small">
        <FieldText
          label="Filter by name"
          value={filter}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFilter(e.currentTarget.value)}
        />
      </Box>
      <Table aria-label="Projects">
        <TableHead>
          <TableRow>
            <SortHeader label="Project" sortKey="name" sort={sort} onSort={setSort} />
            <TableHeaderCell>Current branch</TableHeaderCell>
            <SortHeader label="Git status" sortKey="state" sort={sort} onSort={setSort} />
            <TableHeaderCell>Last commit</TableHeaderCell>
            <TableHeaderCell>Pull requests</TableHeaderCell>
            <TableHeaderCell>Validation</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((p) => (
            <ProjectRow key={p.id} project={p} state={states[p.id]} onRetry={retry} />
          ))}
        </TableBody>
      </Table>
      {rows.length === 0 && <Paragraph mt="small">No project name contains “{filter}”.</Paragraph>}
    </>
  )
}

function ProjectsInWorkspace({ workspaceId }: { workspaceId: WorkspaceId }) {
  const api = useLookerApi()
  const [projects, reload] = useAsync(() => api.listProjects(), workspaceId)
  return (
    <AsyncContent
      state={projects}
      loadingLabel="Loading projects"
      errorTitle="Could not list the projects"
      onRetry={reload}
    >
      {(list) => <ProjectsTable projects={list} workspaceId={workspaceId} />}
    </AsyncContent>
  )
}

/**
 * Every project's git state in the session's workspace. Keyed by the workspace Looker reported:
 * after a switch the whole table is rebuilt, so no row shows the previous workspace's state.
 */
export function ProjectsOverview() {
  const workspaceId = useWorkspaceId()
  if (!workspaceId) return <Loading label="Waiting for the workspace" />
  return <ProjectsInWorkspace key={workspaceId} workspaceId={workspaceId} />
}

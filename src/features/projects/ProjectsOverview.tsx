import React, { useCallback, useMemo, useState } from 'react'
import { Box, Paragraph, Table, TableHead, TableHeaderCell, TableRow } from '@looker/components'
import { TextField } from '../../shared/ui/TextField'
import type { Project, WorkspaceId } from '../../looker'
import { AsyncContent } from '../../shared/AsyncContent'
import styled from 'styled-components'
import { ariaSort, SortButton } from '../../shared/SortButton'
import { useLookerApi } from '../../state/api'
import { useWorkspaceAsync } from '../../state/useWorkspaceAsync'
import { useWorkspace } from '../../state/workspace'
import { ProjectRow, ProjectsBody } from './ProjectRow'
import {
  byName,
  filterByName,
  SortKey,
  sortByState,
  summarizeProjects,
  summaryText,
} from './projectRows'
import { type EarlyStates, readFirstStates, useProjectStates } from './useProjectStates'
import { useWindowedRows } from './useWindowedRows'

/** The height of a row with one line of text: the smallest a row gets (see useWindowedRows). */
const ROW_HEIGHT = 41

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

/** The header stays in view while the page scrolls through hundreds of projects. */
const StickyHead = styled(TableHead)`
  position: sticky;
  top: 0;
  z-index: 1;
  background: ${({ theme }) => theme.colors.background};
`

/**
 * The filter field and the table's head, memoized: answers re-render the table every few frames
 * while rows load, and these (styled-system components, a style computation each) do not change.
 */
const FilterField = React.memo(function FilterField(props: {
  value: string
  onChange(value: string): void
}) {
  const { onChange } = props
  return (
    <Box maxWidth="20rem" mb="small">
      <TextField
        label="Filter by name"
        value={props.value}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(e.currentTarget.value)}
      />
    </Box>
  )
})

const ProjectsHead = React.memo(function ProjectsHead(props: {
  sort: SortKey
  onSort(k: SortKey): void
}) {
  const { sort, onSort } = props
  return (
    <StickyHead>
      <TableRow>
        <SortHeader label="Project" sortKey="name" sort={sort} onSort={onSort} />
        <TableHeaderCell>Current branch</TableHeaderCell>
        <SortHeader label="Git status" sortKey="state" sort={sort} onSort={onSort} />
        <TableHeaderCell>Last commit</TableHeaderCell>
        <TableHeaderCell>Pull requests</TableHeaderCell>
        <TableHeaderCell>Validation</TableHeaderCell>
      </TableRow>
    </StickyHead>
  )
})

/** A row standing for the rows above or below the window (not rendered, so not in the a11y tree). */
function Spacer({ height }: { height: number }) {
  return height > 0 ? <TableRow aria-hidden="true" style={{ height }} /> : null
}

function ProjectsTable({
  projects,
  workspaceId,
  early,
}: {
  projects: Project[]
  workspaceId: WorkspaceId
  /** The first state reads, sent with the list (readFirstStates). */
  early: EarlyStates
}) {
  const { exclusive } = useWorkspace()
  // A state read in another workspace: the session moved (another tab); Looker's answer to a new
  // session read then shows in the bar, and the table is read again in that workspace.
  const reread = useCallback(
    () => void exclusive((session) => session.readSession()).catch(() => undefined),
    [exclusive]
  )
  const [states, retry] = useProjectStates(projects, workspaceId, reread, early)
  const [filter, setFilter] = useState('')
  const [sort, setSort] = useState<SortKey>('name')
  // Answers change `states` every frame while rows load: only the sort by state depends on them.
  const named = useMemo(() => filterByName([...projects].sort(byName), filter), [projects, filter])
  const rows = useMemo(
    () => (sort === 'state' ? sortByState(named, states) : named),
    [named, sort, sort === 'state' ? states : null] // eslint-disable-line react-hooks/exhaustive-deps
  )
  const summary = useMemo(
    () => summaryText(summarizeProjects(projects, states)),
    [projects, states]
  )
  const view = useWindowedRows(rows.length, ROW_HEIGHT)

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
        {summary}
      </Paragraph>
      <FilterField value={filter} onChange={setFilter} />
      <Table aria-label="Projects" aria-rowcount={view.windowed ? rows.length + 1 : undefined}>
        <ProjectsHead sort={sort} onSort={setSort} />
        <ProjectsBody ref={view.bodyRef}>
          <Spacer height={view.before} />
          {rows.slice(view.start, view.end).map((p, i) => (
            <ProjectRow
              key={p.id}
              project={p}
              state={states[p.id]}
              onRetry={retry}
              rowIndex={view.windowed ? view.start + i + 2 : undefined}
            />
          ))}
          <Spacer height={view.after} />
        </ProjectsBody>
      </Table>
      {rows.length === 0 && <Paragraph mt="small">No project name contains “{filter}”.</Paragraph>}
    </>
  )
}

/**
 * Every project's git state in the session's workspace. Follows the workspace as every
 * workspace-dependent read does: loading until Looker has said, and re-read after each switch;
 * on start the list is asked for beside the session (useWorkspaceAsync's besideSession), one round trip
 * sooner. The table is keyed by the workspace its list was read in, so it is rebuilt and no row
 * shows the previous workspace's state.
 */
export function ProjectsOverview() {
  const api = useLookerApi()
  // The first state reads leave as soon as the list is in, before anything renders (each answer
  // names its workspace, checked against the session's once the table shows it).
  const { state: projects, reload } = useWorkspaceAsync(
    async () => {
      const list = await api.listProjects()
      return { list, early: readFirstStates(api, list) }
    },
    'projects',
    { besideSession: true }
  )
  return (
    <AsyncContent
      state={projects}
      loadingLabel="Loading projects"
      errorTitle="Could not list the projects"
      onRetry={reload}
    >
      {({ workspaceId, value }) => (
        <ProjectsTable
          key={workspaceId}
          projects={value.list}
          workspaceId={workspaceId}
          early={value.early}
        />
      )}
    </AsyncContent>
  )
}

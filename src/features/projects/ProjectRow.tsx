import React from 'react'
import { TableBody, TableDataCell, TableRow } from '@looker/components'
import styled from 'styled-components'
import { Link as RouterLink } from 'react-router-dom'
import type { Project, ProjectState } from '../../looker'
import type { Async } from '../../shared/async'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { formatCommitTime } from '../../shared/format'
import { isInstalledApp } from './installedApps'
import { gitStateLabel, PR_MODE_LABEL, STATE_TONE } from './labels'
import { pathSegment } from '../../shared/routes'

interface Props {
  project: Project
  /** Undefined for a project without git: there is nothing to read. */
  state: Async<ProjectState> | undefined
  onRetry: (projectId: string) => void
  /** The row's place in the whole table (header is 1) when only some rows are rendered. */
  rowIndex?: number
}

function validationPolicy(p: Project): string {
  if (!p.validationRequired) return 'Not required'
  return p.allowWarnings ? 'Required, warnings allowed' : 'Required, no warnings'
}

/** The git cells of a row: branch, status, last commit, in each of their async states. */
function GitCells({ project, state, onRetry }: Omit<Props, 'rowIndex'>) {
  if (!project.usesGit) {
    return (
      <>
        <TableDataCell>—</TableDataCell>
        <TableDataCell>No git</TableDataCell>
        <TableDataCell>—</TableDataCell>
      </>
    )
  }
  if (!state || state.status === 'loading') {
    // Words, no spinner: a spinner is 13 animated elements, and rows are many; the summary above
    // says how many are still loading. Any animation keeps the frame's thread drawing every frame
    // while the answers it should pass on wait (docs/performance.md).
    const label = `Reading the state of ${project.name}`
    return (
      <TableDataCell colSpan={3}>
        <span role="status" aria-label={label} className="quiet">
          {label}
        </span>
      </TableDataCell>
    )
  }
  if (state.status === 'error') {
    return (
      <TableDataCell colSpan={3}>
        <ApiErrorMessage
          error={state.error}
          title={`Could not read ${project.name}`}
          onRetry={() => onRetry(project.id)}
        />
      </TableDataCell>
    )
  }
  const { branch, branchKind, git } = state.value
  return (
    <>
      <TableDataCell>
        {branch ? (
          <>
            <span className="code">{branch.name}</span>{' '}
            {branchKind && <span className="quiet">({branchKind})</span>}
          </>
        ) : (
          '—'
        )}
      </TableDataCell>
      <TableDataCell>
        {project.isGitDevLocked && <span data-tone="attention">Repository locked · </span>}
        <span data-tone={STATE_TONE[git.kind]}>
          {/* A git project on no branch is not "No git": Looker named none. */}
          {branch ? gitStateLabel(git) : 'No current branch'}
        </span>
      </TableDataCell>
      <TableDataCell>{formatCommitTime(branch?.commitAt ?? null)}</TableDataCell>
    </>
  )
}

/**
 * One project: its link, its git state in the session's workspace, and its policies. Memoized:
 * each answer re-renders only its own row, which keeps hundreds of projects cheap.
 */
export const ProjectRow = React.memo(function ProjectRow(props: Props) {
  const { project, rowIndex } = props
  if (isInstalledApp(project)) return <InstalledAppRow project={project} rowIndex={rowIndex} />
  return (
    <TableRow aria-rowindex={rowIndex}>
      <TableDataCell>
        <RouterLink to={`/projects/${pathSegment(project.id)}`}>{project.name}</RouterLink>
        {project.usesGit && (
          <>
            {' · '}
            <RouterLink
              to={`/projects/${pathSegment(project.id)}/ship`}
              aria-label={`Ship ${project.name}`}
            >
              Ship
            </RouterLink>
          </>
        )}
      </TableDataCell>
      <GitCells project={project} state={props.state} onRetry={props.onRetry} />
      <TableDataCell>{PR_MODE_LABEL[project.pullRequestMode]}</TableDataCell>
      <TableDataCell>{validationPolicy(project)}</TableDataCell>
    </TableRow>
  )
})

/** A Marketplace app's project: no link to its branches, no Ship, no state to read. */
function InstalledAppRow({ project, rowIndex }: Pick<Props, 'project' | 'rowIndex'>) {
  return (
    <TableRow aria-rowindex={rowIndex}>
      <TableDataCell>{project.name}</TableDataCell>
      <TableDataCell>—</TableDataCell>
      <TableDataCell>
        <span className="quiet">Installed app (Marketplace, read-only)</span>
      </TableDataCell>
      <TableDataCell>—</TableDataCell>
      <TableDataCell>—</TableDataCell>
      <TableDataCell>—</TableDataCell>
    </TableRow>
  )
}

/**
 * The rows' table body, which styles the plain spans inside the rows once for all of them (a
 * styled span per cell costs a style computation on every render of its row). A state in words:
 * those needing attention in bold. The theme's warn colour is too light for text on white (1.9:1,
 * below WCAG's 4.5:1), so attention is weight, not colour; conflict is critical.
 */
export const ProjectsBody = styled(TableBody)`
  .code {
    font-family: ${({ theme }) => theme.fonts.code};
  }
  .quiet,
  [data-tone='text2'] {
    color: ${({ theme }) => theme.colors.text2};
  }
  [data-tone='text'],
  [data-tone='attention'] {
    color: ${({ theme }) => theme.colors.text};
  }
  [data-tone='critical'] {
    color: ${({ theme }) => theme.colors.critical};
  }
  [data-tone='critical'],
  [data-tone='attention'] {
    font-weight: ${({ theme }) => theme.fontWeights.semiBold};
  }
`

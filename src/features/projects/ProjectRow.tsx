import React from 'react'
import { Span, TableDataCell, TableRow } from '@looker/components'
import { Link as RouterLink } from 'react-router-dom'
import type { GitStateKind, Project, ProjectState } from '../../looker'
import type { Async } from '../../shared/async'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { Loading } from '../../shared/AsyncContent'
import { formatCommitTime } from '../../shared/format'
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
    return (
      <TableDataCell colSpan={3}>
        <Loading label={`Reading the state of ${project.name}`} />
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
            <Span fontFamily="code">{branch.name}</Span>{' '}
            {branchKind && <Span color="text2">({branchKind})</Span>}
          </>
        ) : (
          '—'
        )}
      </TableDataCell>
      <TableDataCell>
        <StateText tone={STATE_TONE[git.kind]}>{gitStateLabel(git)}</StateText>
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

/**
 * A state in words; those needing attention in bold. The theme's warn colour is too light for text
 * on white (1.9:1, below WCAG's 4.5:1), so attention is weight, not colour; conflict is critical.
 */
function StateText({
  tone,
  children,
}: {
  tone: (typeof STATE_TONE)[GitStateKind]
  children: string
}) {
  const urgent = tone === 'critical' || tone === 'attention'
  return (
    <Span color={tone === 'attention' ? 'text' : tone} fontWeight={urgent ? 'semiBold' : 'normal'}>
      {children}
    </Span>
  )
}

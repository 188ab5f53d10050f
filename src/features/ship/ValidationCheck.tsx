import React from 'react'
import { Box, Link, Paragraph, Span } from '@looker/components'
import type { Project, Validation, ValidationProblem } from '../../looker'
import { CheckCard } from '../../shared/CheckCard'
import type { CheckView } from '../../shared/checkTypes'
import { useHost } from '../../state/host'
import { ideHref } from '../../shared/LookerLink'

/** Whether the project's policy lets this validation through: errors block, warnings may. */
export function validationPasses(v: Validation, project: Project): boolean {
  return !v.problems.some(
    (p) => p.severity === 'error' || (p.severity === 'warning' && !project.allowWarnings)
  )
}

/** Looker writes `<project>/views/x.view.lkml`; ideHref refuses a path outside the project. */
const idePath = (projectId: string, p: ValidationProblem) =>
  p.filePath ? ideHref(projectId, p.filePath, p.line) : null

function byFile(problems: ValidationProblem[]): Array<[string, ValidationProblem[]]> {
  const files = new Map<string, ValidationProblem[]>()
  for (const p of problems) {
    const key = p.filePath ?? 'Project'
    files.set(key, [...(files.get(key) ?? []), p])
  }
  return [...files.entries()]
}

function Problems({ validation, project }: { validation: Validation; project: Project }) {
  const host = useHost()
  const errors = validation.problems.filter((p) => p.severity === 'error').length
  const warnings = validation.problems.filter((p) => p.severity === 'warning').length
  if (validation.problems.length === 0) return <Paragraph>No LookML errors or warnings.</Paragraph>
  return (
    <Box>
      <Paragraph>
        {errors} {errors === 1 ? 'error' : 'errors'}, {warnings}{' '}
        {warnings === 1 ? 'warning' : 'warnings'}
        {warnings > 0 && !project.allowWarnings && ' (this project does not allow warnings)'}.
      </Paragraph>
      {byFile(validation.problems).map(([file, problems]) => (
        <Box key={file} as="section" aria-label={file} mt="xsmall">
          <Span fontWeight="semiBold">{file}</Span>
          <Box as="ul" my="xxsmall">
            {problems.map((p, i) => {
              const path = idePath(project.id, p)
              return (
                <li key={i}>
                  <Span color={p.severity === 'error' ? 'critical' : 'text'} fontWeight="semiBold">
                    {p.severity}
                  </Span>{' '}
                  {p.message}{' '}
                  {path && (
                    <Link
                      href={path}
                      onClick={(e) => {
                        e.preventDefault()
                        host.navigate(path)
                      }}
                    >
                      {p.line ? `Open in the IDE at line ${p.line}` : 'Open in the IDE'}
                    </Link>
                  )}
                </li>
              )
            })}
          </Box>
        </Box>
      ))}
    </Box>
  )
}

interface Props {
  project: Project
  view: CheckView<Validation>
  onRun(): void
  onCancel(): void
}

export function ValidationCheck({ project, view, onRun, onCancel }: Props) {
  return (
    <CheckCard
      title="LookML validation"
      description={`Looker's LookML validator on your branch. Errors block a deploy${project.allowWarnings ? '' : ', and so do warnings in this project'}.`}
      view={view}
      runLabel="Validate LookML"
      onRun={onRun}
      onCancel={onCancel}
    >
      {(v) => <Problems validation={v} project={project} />}
    </CheckCard>
  )
}

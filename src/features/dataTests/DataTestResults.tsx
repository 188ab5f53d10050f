import React from 'react'
import { Badge, Box, Paragraph, Space, Span } from '@looker/components'
import type { DataTestProblem, DataTestResult, RunMode } from '../../looker'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import type { TestOutcome } from './useDataTests'
import { ideHref, LookerLink } from '../../shared/LookerLink'
import { WorkspaceBadge } from '../../shared/WorkspaceBadge'
import { workspaceWords } from '../../shared/workspaceWords'

/** Where the problem is, as a link into Looker's IDE at that line. */
function Where({ projectId, problem: p }: { projectId: string; problem: DataTestProblem }) {
  if (!p.file) return null
  return (
    <>
      {' '}
      (
      <LookerLink href={ideHref(projectId, p.file, p.line)}>
        {p.file}
        {p.line !== null ? `:${p.line}` : ''}
      </LookerLink>
      )
    </>
  )
}

function ResultRow({ result, projectId }: { result: DataTestResult; projectId: string }) {
  const { assertionsCount: count, assertionsFailed: failed } = result
  return (
    <Box
      as="li"
      mb="xsmall"
      aria-label={`${result.testName}: ${result.success ? 'passed' : 'failed'}`}
    >
      <Space gap="xsmall">
        <Badge intent={result.success ? 'positive' : 'critical'}>
          {result.success ? 'Passed' : 'Failed'}
        </Badge>
        <Span fontWeight="semiBold">{result.testName}</Span>
        {count !== null && failed !== null && (
          <Span fontSize="small" color="text2">
            {count - failed} of {count} assertions hold
          </Span>
        )}
      </Space>
      {[...result.errors, ...result.warnings].map((p, i) => (
        <Paragraph key={i} fontSize="small" color={i < result.errors.length ? 'critical' : 'text2'}>
          {p.message}
          <Where projectId={projectId} problem={p} />
        </Paragraph>
      ))}
    </Box>
  )
}

function heading(mode: RunMode | null | undefined, passed: string): string {
  if (mode === undefined) return `So far: ${passed}`
  if (mode === null)
    return `The workspace changed during the run, so these results are not labelled with a mode: ${passed}`
  return `Ran on ${workspaceWords(mode).models} models: ${passed}`
}

/**
 * A run's results as they arrive, labelled with the models they ran on once done (`mode`
 * undefined while running, null when that cannot be known). A test Looker could not run shows
 * Looker's message in its place.
 */
export function DataTestResults({
  mode,
  outcomes,
  projectId,
}: {
  mode: RunMode | null | undefined
  outcomes: TestOutcome[]
  projectId: string
}) {
  const results = outcomes.flatMap((o) => ('results' in o ? o.results : []))
  const passed = `${results.filter((r) => r.success).length} of ${results.length} passed.`
  return (
    <Box as="section" aria-label="Data test results" mt="small">
      <Space gap="xsmall">
        {mode && <WorkspaceBadge workspace={mode} />}
        <Paragraph fontWeight="semiBold">{heading(mode, passed)}</Paragraph>
      </Space>
      <Box as="ul" p="none" style={{ listStyle: 'none' }}>
        {outcomes.map((o) =>
          'results' in o ? (
            o.results.map((r) => <ResultRow key={r.testName} result={r} projectId={projectId} />)
          ) : (
            <Box as="li" key={o.testName} mb="xsmall">
              <ApiErrorMessage error={o.error} title={`${o.testName} could not run`} />
            </Box>
          )
        )}
      </Box>
    </Box>
  )
}

import React from 'react'
import { Badge, Box, Paragraph, Space, Span } from '@looker/components'
import type { DataTestProblem, DataTestResult, RunMode } from '../../looker'
import { ideHref, LookerLink } from '../../shared/LookerLink'
import { WorkspaceBadge } from '../../shared/WorkspaceBadge'

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

/** One run's results, labelled with the models they ran on (or why they cannot be). */
export function DataTestResults({
  mode,
  results,
  projectId,
}: {
  mode: RunMode | null
  results: DataTestResult[]
  projectId: string
}) {
  const passed = `${results.filter((r) => r.success).length} of ${results.length} passed.`
  return (
    <Box as="section" aria-label="Data test results" mt="small">
      <Space gap="xsmall">
        {mode && <WorkspaceBadge workspace={mode} />}
        <Paragraph fontWeight="semiBold">
          {mode === null
            ? `The workspace changed during the run, so these results are not labelled with a mode: ${passed}`
            : `Ran on ${mode === 'dev' ? 'development' : 'production'} models: ${passed}`}
        </Paragraph>
      </Space>
      <Box as="ul" p="none" style={{ listStyle: 'none' }}>
        {results.map((r) => (
          <ResultRow key={r.testName} result={r} projectId={projectId} />
        ))}
      </Box>
    </Box>
  )
}

import React from 'react'
import { Badge, Box, Paragraph, Space, Span } from '@looker/components'
import type { DataTestProblem, DataTestResult, RunMode } from '../../looker'

function where(p: DataTestProblem): string {
  if (!p.file) return ''
  return ` (${p.file}${p.line !== null ? `:${p.line}` : ''})`
}

function ResultRow({ result }: { result: DataTestResult }) {
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
          {where(p)}
        </Paragraph>
      ))}
    </Box>
  )
}

/** One run's results, labelled with the models they ran on (or why they cannot be). */
export function DataTestResults({
  mode,
  results,
}: {
  mode: RunMode | null
  results: DataTestResult[]
}) {
  const passed = `${results.filter((r) => r.success).length} of ${results.length} passed.`
  return (
    <Box as="section" aria-label="Data test results" mt="small">
      <Paragraph fontWeight="semiBold">
        {mode === null
          ? `The workspace changed during the run, so these results are not labelled with a mode: ${passed}`
          : `Ran on ${mode === 'dev' ? 'development' : 'production'} models: ${passed}`}
      </Paragraph>
      <Box as="ul" p="none" style={{ listStyle: 'none' }}>
        {results.map((r) => (
          <ResultRow key={r.testName} result={r} />
        ))}
      </Box>
    </Box>
  )
}

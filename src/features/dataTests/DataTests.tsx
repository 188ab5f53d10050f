import React, { useState } from 'react'
import {
  Badge,
  Box,
  Button,
  ButtonTransparent,
  Heading,
  Paragraph,
  Select,
  Space,
  Span,
} from '@looker/components'
import type { DataTestResult } from '../../looker/queryTypes'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { AsyncContent, Loading } from '../../shared/AsyncContent'
import { useDataTests, useProjects } from './useDataTests'

function ResultRow({ result }: { result: DataTestResult }) {
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
        <Span fontSize="small" color="text2">
          {result.assertionsCount - result.assertionsFailed} of {result.assertionsCount} assertions
          hold
        </Span>
      </Space>
      {[...result.errors, ...result.warnings].map((p, i) => (
        <Paragraph key={i} fontSize="small" color={i < result.errors.length ? 'critical' : 'text2'}>
          {p.message}
          {p.file ? ` (${p.file}${p.line ? `:${p.line}` : ''})` : ''}
        </Paragraph>
      ))}
    </Box>
  )
}

function ProjectTests({ project }: { project: string }) {
  const { tests, reload, run, start } = useDataTests(project)
  const busy = run.status === 'running'
  return (
    <AsyncContent
      state={tests}
      loadingLabel="Loading data tests"
      errorTitle="Could not list the data tests"
      onRetry={reload}
    >
      {(list) =>
        list.length === 0 ? (
          <Paragraph color="text2">Project {project} has no data tests.</Paragraph>
        ) : (
          <Box>
            <Box as="ul" p="none" style={{ listStyle: 'none' }}>
              {list.map((t) => (
                <Space as="li" key={t.name} gap="xsmall">
                  <Span>{t.name}</Span>
                  <Span fontSize="small" color="text2">
                    {t.modelName}::{t.exploreName}
                  </Span>
                  <ButtonTransparent
                    size="small"
                    disabled={busy}
                    aria-label={`Run ${t.name}`}
                    onClick={() => void start(t.name)}
                  >
                    Run
                  </ButtonTransparent>
                </Space>
              ))}
            </Box>
            <Button disabled={busy} onClick={() => void start()}>
              Run all data tests
            </Button>
            {run.status === 'running' && <Loading label={run.label} />}
            {run.status === 'error' && (
              <ApiErrorMessage error={run.error} title="The data tests could not run" />
            )}
            {run.status === 'done' && (
              <Box as="section" aria-label="Data test results" mt="small">
                <Paragraph fontWeight="semiBold">
                  Ran on {run.mode === 'dev' ? 'development' : 'production'} models:{' '}
                  {run.results.filter((r) => r.success).length} of {run.results.length} passed.
                </Paragraph>
                <Box as="ul" p="none" style={{ listStyle: 'none' }}>
                  {run.results.map((r) => (
                    <ResultRow key={r.testName} result={r} />
                  ))}
                </Box>
              </Box>
            )}
          </Box>
        )
      }
    </AsyncContent>
  )
}

/** A project's LookML data tests, run one by one or all together in the current workspace. */
export function DataTests() {
  const projects = useProjects()
  const [project, setProject] = useState('')
  return (
    <Box as="section" aria-label="LookML data tests" mt="large">
      <Heading as="h2" fontSize="large">
        LookML data tests
      </Heading>
      <AsyncContent
        state={projects}
        loadingLabel="Loading projects"
        errorTitle="Could not list the projects"
      >
        {(list) => (
          <Box>
            <Select
              aria-label="Project"
              placeholder="Project"
              value={project}
              options={list.map((p) => ({ value: p, label: p }))}
              onChange={setProject}
              mb="small"
            />
            {project && <ProjectTests key={project} project={project} />}
          </Box>
        )}
      </AsyncContent>
    </Box>
  )
}

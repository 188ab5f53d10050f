import React, { memo, useState } from 'react'
import {
  Box,
  Button,
  ButtonOutline,
  ButtonTransparent,
  Heading,
  Paragraph,
  Space,
  Span,
} from '@looker/components'
import { Link as RouterLink } from 'react-router-dom'
import type { DataTest, ModelSummary } from '../../looker'
import type { Async } from '../../shared/async'
import { AsyncContent, Loading } from '../../shared/AsyncContent'
import { NativeSelect } from '../../shared/ui/NativeSelect'
import { DataTestResults } from './DataTestResults'
import { ideHref, LookerLink } from '../../shared/LookerLink'
import { modelProjects, TestRun, useDataTestList, useDataTestRun } from './useDataTests'

interface ProjectTestsProps {
  project: string
  busy: boolean
  onRun(tests: DataTest[], label: string): void
}

/** The project's tests, each with its Run, and Run all. */
function ProjectTests({ project, busy, onRun }: ProjectTestsProps) {
  const [tests, reload] = useDataTestList(project)
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
                  {t.file ? (
                    <LookerLink href={ideHref(project, t.file, t.line)}>{t.name}</LookerLink>
                  ) : (
                    <Span>{t.name}</Span>
                  )}
                  <Span fontSize="small" color="text2">
                    {t.modelName}::{t.exploreName}
                  </Span>
                  <ButtonTransparent
                    size="small"
                    disabled={busy}
                    aria-label={`Run ${t.name}`}
                    onClick={() => onRun([t], `Running ${t.name}`)}
                  >
                    Run
                  </ButtonTransparent>
                </Space>
              ))}
            </Box>
            <Button
              size="small"
              disabled={busy}
              onClick={() => onRun(list, 'Running all data tests')}
            >
              Run all data tests
            </Button>
          </Box>
        )
      }
    </AsyncContent>
  )
}

/** Progress with Cancel while running, then the label; the results keep their place throughout. */
function Outcomes({
  run,
  onCancel,
  project,
}: {
  run: Extract<TestRun, { status: 'running' | 'done' }>
  onCancel(): void
  project: string
}) {
  return (
    <>
      {run.status === 'running' && (
        <Space gap="small" my="small">
          <Loading label={run.label} />
          <Span fontSize="small" color="text2">
            {run.outcomes.length} of {run.total} finished
          </Span>
          <ButtonOutline size="small" onClick={onCancel}>
            Cancel
          </ButtonOutline>
        </Space>
      )}
      {run.outcomes.length > 0 && (
        <DataTestResults
          mode={run.status === 'done' ? run.mode : undefined}
          outcomes={run.outcomes}
          projectId={project}
        />
      )}
    </>
  )
}

/** The last run: progress with Cancel and the results so far, or the results. */
function TestRunStatus({
  run,
  onCancel,
  project,
}: {
  run: TestRun
  onCancel(): void
  project: string
}) {
  switch (run.status) {
    case 'idle':
      return null
    case 'cancelled':
      return (
        <Paragraph role="status">
          Cancelled: the app stopped waiting. Looker cannot stop a data test run, so it may still
          finish.
        </Paragraph>
      )
    case 'running':
    case 'done':
      return <Outcomes run={run} onCancel={onCancel} project={project} />
  }
}

interface Props {
  /** The workspace's models, read once by the page (the query builder shows the same list). */
  models: Async<ModelSummary[]>
  reloadModels(): void
}

/**
 * A project's LookML data tests, run one by one or all together in the current workspace.
 * Memoized: a query run on the same page does not re-render it.
 */
export const DataTests = memo(function DataTests({ models, reloadModels }: Props) {
  const [project, setProject] = useState('')
  const { run, start, cancel } = useDataTestRun(project)
  return (
    <Box as="section" aria-label="LookML data tests" mt="large">
      <Heading as="h2" fontSize="large">
        LookML data tests
      </Heading>
      <AsyncContent
        state={modelProjects(models)}
        loadingLabel="Loading projects"
        errorTitle="Could not list the projects"
        onRetry={reloadModels}
      >
        {(list) =>
          list.length === 0 ? (
            <Paragraph color="text2">
              No LookML project has models you can see in this workspace, so there are no data tests
              to run.
            </Paragraph>
          ) : (
            <Box>
              <Box mb="small">
                <NativeSelect
                  aria-label="Project"
                  placeholder="Project"
                  value={project}
                  options={list.map((p) => ({ value: p }))}
                  onChange={setProject}
                />
              </Box>
              {project && (
                <>
                  <ProjectTests
                    key={project}
                    project={project}
                    busy={run.status === 'running'}
                    onRun={(tests, label) => void start(tests, label)}
                  />
                  <Paragraph fontSize="small" mt="xsmall">
                    <RouterLink to={`/projects/${encodeURIComponent(project)}/ship`}>
                      Run them with the rest of the proof on the Ship page of {project}
                    </RouterLink>
                  </Paragraph>
                </>
              )}
            </Box>
          )
        }
      </AsyncContent>
      <TestRunStatus run={run} onCancel={cancel} project={project} />
    </Box>
  )
})

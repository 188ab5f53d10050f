import React, { useEffect, useRef, useState } from 'react'
import { Box, ButtonOutline, Heading, Paragraph } from '@looker/components'
import { toApiError, type ApiError, type Project, type WorkspaceId } from '../../looker'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { Loading } from '../../shared/AsyncContent'
import { runGitTests, type GitCheckResult } from '../../shared/git/connectionTests'
import { useLookerApi } from '../../state/api'
import { LOCKED_REASON } from './healthRows'
import { DiagnoseSection } from './DiagnoseSection'
import { ImportsSection } from './ImportsSection'

type Tests =
  | { is: 'idle' }
  | { is: 'running'; step: string }
  | { is: 'error'; error: ApiError }
  | { is: 'done'; result: GitCheckResult }

interface Props {
  project: Project
  workspaceId: WorkspaceId
  /** Why no write can be made now, or null. */
  blocked: string | null
}

/**
 * One repository's health: locked or not, Looker's Git Diagnose & Repair, its git connection
 * tests on demand, and its imports.
 */
export function RepositoryPanel({ project, workspaceId, blocked }: Props) {
  const api = useLookerApi()
  const [tests, setTests] = useState<Tests>({ is: 'idle' })
  const abort = useRef<AbortController | null>(null)
  useEffect(() => () => abort.current?.abort(), [])

  const run = async () => {
    abort.current?.abort()
    const controller = new AbortController()
    abort.current = controller
    setTests({ is: 'running', step: 'Listing the tests' })
    try {
      const result = await runGitTests(api, project.id, controller.signal, (step) =>
        setTests({ is: 'running', step })
      )
      if (!controller.signal.aborted) setTests({ is: 'done', result })
    } catch (e) {
      if (!controller.signal.aborted) setTests({ is: 'error', error: toApiError(e) })
    }
  }

  return (
    <Box as="section" aria-label={`Repository of ${project.name}`} mb="small">
      <Heading as="h3" fontSize="small" fontWeight="semiBold" mb="xxsmall">
        Repository of {project.name}
      </Heading>
      {project.isGitDevLocked && <Paragraph fontSize="small">Locked. {LOCKED_REASON}</Paragraph>}
      <DiagnoseSection project={project} workspaceId={workspaceId} blocked={blocked} />
      {tests.is === 'running' ? (
        <Loading label={`Testing the git connection: ${tests.step}`} />
      ) : (
        <ButtonOutline size="small" onClick={() => void run()}>
          {tests.is === 'idle' ? 'Test the git connection' : 'Test again'}
        </ButtonOutline>
      )}
      {tests.is === 'error' && (
        <ApiErrorMessage error={tests.error} title="Could not run the git connection tests" />
      )}
      {tests.is === 'done' && (
        <Box as="ul" aria-label="Git connection tests" fontSize="small">
          {tests.result.results.length === 0 && <li>Looker lists no connection test.</li>}
          {tests.result.results.map((r) => (
            <li key={r.id}>
              {r.passed ? 'Passed' : 'Failed'}: {r.description}
              {!r.passed && `: ${r.message}`}
            </li>
          ))}
        </Box>
      )}
      <ImportsSection project={project} />
    </Box>
  )
}

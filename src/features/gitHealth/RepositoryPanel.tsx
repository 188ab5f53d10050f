import React, { useEffect, useRef, useState } from 'react'
import { Box, ButtonOutline, Heading, Paragraph } from '@looker/components'
import { toApiError, type ApiError, type Project } from '../../looker'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { Loading } from '../../shared/AsyncContent'
import { runGitTests, type GitCheckResult } from '../../shared/git/connectionTests'
import { ideHref, LookerLink } from '../../shared/LookerLink'
import { useLookerApi } from '../../state/api'
import { LOCKED_REASON } from './healthRows'
import { ImportsSection } from './ImportsSection'

type Tests =
  | { is: 'idle' }
  | { is: 'running'; step: string }
  | { is: 'error'; error: ApiError }
  | { is: 'done'; result: GitCheckResult }

/**
 * One repository's health: locked or not, its git connection tests on demand, and Looker's own
 * Diagnose & Repair in Looker's IDE (its beta API is not called yet: docs/git-health.md).
 */
export function RepositoryPanel({ project }: { project: Project }) {
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
      <Paragraph fontSize="small" mb="xsmall">
        Broken git state? Looker’s own Diagnose &amp; Repair checks and fixes it (Looker 26.22 and
        later):{' '}
        <LookerLink href={ideHref(project.id)}>open {project.name} in Looker’s IDE</LookerLink>,
        then Diagnose &amp; Repair in its Git menu.
      </Paragraph>
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

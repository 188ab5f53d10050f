import React from 'react'
import { Box } from '@looker/components'
import type { GitConnectionResult, LookerApi } from '../../looker'
import { CheckCard } from '../../shared/CheckCard'
import type { CheckView } from '../../shared/checkTypes'

export interface GitCheckResult {
  results: Array<GitConnectionResult & { description: string }>
}

/** Runs the tests in Looker's order and stops at the first that fails (each needs the ones before). */
export async function runGitTests(
  api: LookerApi,
  projectId: string,
  signal: AbortSignal,
  progress: (text: string) => void
): Promise<GitCheckResult> {
  const tests = await api.listGitConnectionTests(projectId)
  const results: GitCheckResult['results'] = []
  for (const test of tests) {
    if (signal.aborted) break
    progress(`${test.description} (${results.length + 1} of ${tests.length})`)
    const result = await api.runGitConnectionTest(projectId, test.id)
    results.push({ ...result, description: test.description })
    if (!result.passed) break
  }
  return { results }
}

interface Props {
  view: CheckView<GitCheckResult>
  blocked: string | null
  onRun(): void
  onCancel(): void
}

export function GitCheck({ view, blocked, onRun, onCancel }: Props) {
  return (
    <CheckCard
      title="Git connection"
      description="Looker's git connection tests, so a deploy does not fail on credentials."
      view={view}
      runLabel="Test the git connection"
      blocked={blocked}
      onRun={onRun}
      onCancel={onCancel}
    >
      {({ results }) => (
        <Box as="ul" aria-label="Git connection tests">
          {results.map((r) => (
            <li key={r.id} aria-label={`${r.description}: ${r.passed ? 'passed' : 'failed'}`}>
              {r.passed ? 'Passed' : 'Failed'}: {r.description}
              {!r.passed && <>: {r.message}</>}
            </li>
          ))}
        </Box>
      )}
    </CheckCard>
  )
}

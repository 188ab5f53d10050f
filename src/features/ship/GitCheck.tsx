import React from 'react'
import { Box } from '@looker/components'
import { CheckCard } from '../../shared/CheckCard'
import type { CheckView } from '../../shared/checkTypes'
import type { GitCheckResult } from '../../shared/git/connectionTests'

// Shared with the git health page's repository panel.
export { runGitTests } from '../../shared/git/connectionTests'

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

import React, { ReactNode } from 'react'
import { Box, Button, ButtonOutline, Heading, Paragraph, Space, Span } from '@looker/components'
import { checkStatus, type CheckRecord, type CheckView } from './checkTypes'
import { ApiErrorMessage } from './ApiErrorMessage'
import { Loading } from './AsyncContent'

const WORDS = {
  'not run': 'Not run',
  running: 'Running',
  passed: 'Passed',
  failed: 'Failed',
  stale: 'Stale',
} as const

// The theme's positive and warn colours are too light for text on white (2.8:1 and 1.9:1, under
// WCAG's 4.5:1): the word carries the state, and only a failure is in colour.
const COLORS = {
  'not run': 'text2',
  running: 'text2',
  passed: 'text',
  failed: 'critical',
  stale: 'text',
} as const

const short = (sha: string | null) => (sha ? sha.slice(0, 7) : 'an unknown commit')

interface Props<T> {
  title: string
  /** One sentence: what the check does. */
  description: string
  view: CheckView<T>
  runLabel: string
  /** Why it cannot run now (e.g. production session); null when it can. */
  blocked?: string | null
  onRun(): void
  onCancel(): void
  /** Shown under the progress while it runs (e.g. the results so far). */
  whileRunning?: ReactNode
  /** Choices for the next run (e.g. how many queries at once), shown beside Run. */
  settings?: ReactNode
  /** What the check found. */
  children(value: T, record: CheckRecord<T>): ReactNode
}

/**
 * One check of the Ship page: its status in words (not run, running with progress and Cancel,
 * passed, failed, stale with the commit it ran on), Run, and what it found.
 */
export function CheckCard<T>(props: Props<T>) {
  const { title, description, view, runLabel, blocked = null, onRun, onCancel, children } = props
  const { whileRunning = null, settings = null } = props
  const status = checkStatus(view)
  return (
    <Box as="section" aria-label={title} border="ui2" borderRadius="medium" p="medium" mb="medium">
      <Space between>
        <Heading as="h3" fontSize="medium">
          {title}
        </Heading>
        <Span
          role="status"
          aria-label={`${title}: status`}
          color={COLORS[status]}
          fontWeight="semiBold"
        >
          {WORDS[status]}
        </Span>
      </Space>
      <Paragraph fontSize="small" color="text2" mb="small">
        {description}
      </Paragraph>
      {view.status === 'running' ? (
        <Space gap="small">
          <Loading label={view.progress ?? `${title}: running`} />
          <ButtonOutline size="small" onClick={onCancel}>
            Cancel
          </ButtonOutline>
        </Space>
      ) : (
        <Box>
          {settings}
          <Button size="small" disabled={blocked !== null} onClick={onRun}>
            {runLabel}
          </Button>
          {blocked && (
            <Span fontSize="small" color="text2" ml="small">
              {blocked}
            </Span>
          )}
        </Box>
      )}
      {view.status === 'running' && whileRunning}
      {view.status === 'done' && (
        <Box mt="small">
          {view.stale && (
            <Paragraph fontSize="small" fontWeight="semiBold">
              Ran on {short(view.record.commit)}; the branch has moved since. Run it again.
            </Paragraph>
          )}
          {view.record.outcome.status === 'error' ? (
            <ApiErrorMessage error={view.record.outcome.error} title={`${title} could not run`} />
          ) : (
            children(view.record.outcome.value, view.record)
          )}
        </Box>
      )}
    </Box>
  )
}

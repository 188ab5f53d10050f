import React, { useState } from 'react'
import { Paragraph, Space } from '@looker/components'
import { Link as RouterLink } from 'react-router-dom'
import { CheckCard } from '../../shared/CheckCard'
import { SelectField } from '../../shared/ui/SelectField'
import { TextField } from '../../shared/ui/TextField'
import { pathSegment } from '../../shared/routes'
import { ContentResults } from './ContentResults'
import { useContentImpact } from './useContentImpact'

const LANES = ['1', '2', '4', '8', '12'].map((value) => ({ value }))

interface Props {
  projectId: string
  /** The branch head now (results from another commit are stale). */
  head: string | null
  /** Why it cannot run now; null when it can. */
  blocked?: string | null
  /** On the Ship page: a link to the check's own page. */
  linkToPage?: boolean
}

/** "Dashboards and Looks": what the branch does to the content people use, tile by tile. */
export function ContentImpactCheck({ projectId, head, blocked = null, linkToPage = false }: Props) {
  const c = useContentImpact(projectId, head)
  const [toleranceText, setToleranceText] = useState(String(c.tolerance))
  const n = Number(toleranceText)
  const toleranceError =
    toleranceText.trim() === '' || !Number.isFinite(n) || n < 0
      ? 'The tolerance must be a number of zero or more, e.g. 0.01.'
      : null
  const settings = (
    <Space gap="small" mb="small" align="end">
      <TextField
        label="Tolerance"
        value={toleranceText}
        error={toleranceError}
        onChange={(e) => {
          const text = e.currentTarget.value
          setToleranceText(text)
          const v = Number(text)
          if (text.trim() !== '' && Number.isFinite(v) && v >= 0) c.setTolerance(v)
        }}
      />
      <SelectField
        label="Queries at once"
        value={String(c.concurrency)}
        options={LANES}
        onChange={(v) => c.setConcurrency(Number(v))}
      />
    </Space>
  )
  return (
    <CheckCard
      title="Dashboards and Looks"
      description="Every dashboard tile and Look on this project’s models: its SQL on production and on your branch and, where the SQL differs, its rows both ways with the dashboard’s default filters. At most the chosen number of queries run at once (Looker allows each person 15)."
      view={c.view}
      runLabel={c.unfinished ? `Resume (${c.unfinished} measured)` : 'Compare content'}
      blocked={blocked ?? (toleranceError ? 'Fix the tolerance first.' : null)}
      settings={settings}
      onRun={() => void c.start()}
      onCancel={c.cancel}
    >
      {(impact) => (
        <>
          {linkToPage && (
            <Paragraph fontSize="small">
              <RouterLink to={`/projects/${pathSegment(projectId)}/content`}>
                Open Dashboards and Looks on its own page
              </RouterLink>
            </Paragraph>
          )}
          <ContentResults impact={impact} onRetry={c.retry} />
        </>
      )}
    </CheckCard>
  )
}

import React, { useState } from 'react'
import { Box, ButtonTransparent, Paragraph, Span } from '@looker/components'
import { CheckCard } from '../../shared/CheckCard'
import type { CheckView } from '../../shared/checkTypes'
import { SqlDiffView } from '../../shared/SqlDiffView'
import type { ExploreImpact, SqlImpact } from './sqlImpact'

function Changed({ impact }: { impact: Extract<ExploreImpact, { kind: 'changed' }> }) {
  const [open, setOpen] = useState(false)
  const name = `${impact.model}::${impact.explore}`
  return (
    <li aria-label={`${name}: SQL changed`}>
      <Span fontWeight="semiBold">{name}</Span>: SQL changed
      {impact.added.length > 0 && <>; new on the branch: {impact.added.join(', ')}</>}{' '}
      <ButtonTransparent size="xsmall" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? `Hide the SQL diff of ${name}` : `Show the SQL diff of ${name}`}
      </ButtonTransparent>
      {open && <SqlDiffView lines={impact.diff} label={`SQL diff of ${name}`} />}
    </li>
  )
}

function Line({ impact }: { impact: ExploreImpact }) {
  const name = `${impact.model}::${impact.explore}`
  switch (impact.kind) {
    case 'changed':
      return <Changed impact={impact} />
    case 'new':
      return <li aria-label={`${name}: new on the branch`}>{name}: new on the branch</li>
    case 'failed':
      return (
        <li aria-label={`${name}: failed`}>
          {name}: failed on {impact.mode === 'dev' ? 'the branch' : 'production'}: {impact.message}
        </li>
      )
    case 'same':
      return null
  }
}

interface Props {
  view: CheckView<SqlImpact>
  blocked: string | null
  onRun(): void
  onCancel(): void
}

export function SqlImpactCheck({ view, blocked, onRun, onCancel }: Props) {
  return (
    <CheckCard
      title="SQL impact"
      description="For every explore of the project, the SQL Looker writes for the same query on production and on your branch. Fields that exist only in production are not queried."
      view={view}
      runLabel="Compare SQL"
      blocked={blocked}
      onRun={onRun}
      onCancel={onCancel}
    >
      {({ explores }) => {
        const shown = explores.filter((e) => e.kind !== 'same')
        return (
          <Box>
            <Paragraph>
              {explores.length} {explores.length === 1 ? 'explore' : 'explores'} compared;{' '}
              {shown.length === 0 ? 'the SQL is the same on every one.' : `${shown.length} differ.`}
            </Paragraph>
            {shown.length > 0 && (
              <Box as="ul" aria-label="Explores whose SQL differs">
                {shown.map((e) => (
                  <Line key={`${e.model}::${e.explore}`} impact={e} />
                ))}
              </Box>
            )}
          </Box>
        )
      }}
    </CheckCard>
  )
}

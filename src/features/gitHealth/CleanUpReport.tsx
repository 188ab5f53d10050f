import React from 'react'
import { Box, ButtonTransparent, Heading, Paragraph } from '@looker/components'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { plural } from '../../shared/format'
import type { CleanUpOutcome } from './cleanUp'

const named = (o: CleanUpOutcome) => `${o.item.row.branch.name} (${o.item.row.project.name})`

/** What was deleted and what was not, with Looker's message for the refusal that stopped it. */
export function CleanUpReport({
  outcomes,
  onClose,
}: {
  outcomes: CleanUpOutcome[]
  onClose(): void
}) {
  const deleted = outcomes.filter((o) => o.status === 'deleted')
  const notDeleted = outcomes.filter((o) => o.status !== 'deleted')
  return (
    <Box as="section" aria-label="Clean-up report" mb="medium">
      <Heading as="h3" fontSize="medium" mb="xsmall">
        Clean-up report: {plural(deleted.length, 'branch', 'branches')} deleted
        {notDeleted.length > 0 && `, ${notDeleted.length} not deleted`}
      </Heading>
      {deleted.length > 0 && (
        <ul aria-label="Deleted">
          {deleted.map((o) => (
            <li key={o.item.row.key}>
              {named(o)}
              {o.status === 'deleted' && o.backup && `: its commits saved in ${o.backup}`}
            </li>
          ))}
        </ul>
      )}
      {notDeleted.length > 0 && (
        <ul aria-label="Not deleted">
          {notDeleted.map((o) => (
            <li key={o.item.row.key}>
              {o.status === 'refused' ? (
                <ApiErrorMessage error={o.error} title={`${named(o)} was not deleted`} />
              ) : (
                `${named(o)}: not attempted, the clean-up stopped at the refusal above.`
              )}
            </li>
          ))}
        </ul>
      )}
      <Paragraph fontSize="small" color="text2">
        The table shows the branches Looker lists now.
      </Paragraph>
      <ButtonTransparent onClick={onClose}>Close report</ButtonTransparent>
    </Box>
  )
}

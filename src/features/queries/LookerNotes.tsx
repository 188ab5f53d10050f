import React from 'react'
import { Box, Paragraph } from '@looker/components'
import { modeLabel } from './labels'
import type { SideSuccess } from './run'

/** Whether Looker answered with its note and no rows (not a failure: there is nothing to show). */
export const onlyNotes = (side: SideSuccess) => side.notes.length > 0 && side.rows.length === 0

/**
 * Looker's notes on one side's run (`errors[]` entries marked `fatal: false`, such as "This query
 * contains derived tables with conditional SQL for Development Mode"), beside its rows.
 */
export function LookerNotes({ side }: { side: SideSuccess }) {
  if (side.notes.length === 0) return null
  const label = modeLabel(side.mode).toLowerCase()
  return (
    <Box
      role="note"
      aria-label={`Looker’s note on the ${label} result`}
      bg="ui1"
      border="ui3"
      borderRadius="medium"
      px="small"
      py="xsmall"
      mb="small"
    >
      {side.notes.map((note) => (
        <Paragraph key={note} fontSize="small">
          {note}
        </Paragraph>
      ))}
      {side.rows.length === 0 && (
        <Paragraph fontSize="small" fontWeight="semiBold">
          No rows came with Looker’s note: the query did not fail, but Looker sent nothing to show.
        </Paragraph>
      )}
    </Box>
  )
}

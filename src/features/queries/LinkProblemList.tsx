import React from 'react'
import { Paragraph } from '@looker/components'
import { MessageBar } from '../../shared/ui/MessageBar'

/** The values of the page's link that the query cannot use; nothing runs until they are fixed. */
export function LinkProblemList({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null
  return (
    <MessageBar intent="critical">
      <Paragraph id="link-problems">
        This link has values the query cannot use; nothing is sent to Looker until they are fixed:
      </Paragraph>
      <ul aria-label="Problems in the link">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </MessageBar>
  )
}

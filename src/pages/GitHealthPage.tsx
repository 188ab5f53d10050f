import React from 'react'
import { Heading, Paragraph } from '@looker/components'
import { GitHealth } from '../features/gitHealth'

/** Git health across projects: old branches, cleaned up with a dry run. */
export function GitHealthPage() {
  return (
    <>
      <Heading as="h2" fontSize="large" mb="xsmall">
        Git health
      </Heading>
      <Paragraph color="text2" fontSize="small" mb="small">
        Every project’s branches in the workspace you are in, oldest first.
      </Paragraph>
      <GitHealth />
    </>
  )
}

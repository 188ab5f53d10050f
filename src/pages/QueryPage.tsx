import React from 'react'
import { Box, Heading, Paragraph } from '@looker/components'
import { DataTests } from '../features/dataTests'
import { QueryPanel, useQueryRun, useSpecInUrl } from '../features/queries'

/** Test queries in the current workspace, production against development, saved queries, data tests. */
export function QueryPage() {
  const [spec, setSpec] = useSpecInUrl()
  const run = useQueryRun()
  return (
    <Box>
      <Heading as="h2" fontSize="large">
        Test query
      </Heading>
      <Paragraph fontSize="small" color="text2" mb="medium">
        Run a query on the models of the current workspace, or on production and development side by
        side to see what your branch changes.
      </Paragraph>
      <QueryPanel spec={spec} onChange={setSpec} run={run} />
      <DataTests />
    </Box>
  )
}

import React from 'react'
import { Box, Heading, Paragraph } from '@looker/components'
import { DataTests } from '../features/dataTests'
import { QueryPanel, useModels, useQueryRun, useSpecInUrl } from '../features/queries'

/** Test queries in the current workspace, production against development, saved queries, data tests. */
export function QueryPage() {
  const [spec, setSpec] = useSpecInUrl()
  const queryRun = useQueryRun()
  // One read of the workspace's models for the builder and the data tests' project list.
  const [models, reloadModels] = useModels()
  return (
    <Box>
      <Heading as="h2" fontSize="large">
        Test query
      </Heading>
      <Paragraph fontSize="small" color="text2" mb="medium">
        Run a query on the models of the current workspace, or on production and development side by
        side to see what your branch changes.
      </Paragraph>
      <QueryPanel
        spec={spec}
        onChange={setSpec}
        queryRun={queryRun}
        models={models}
        reloadModels={reloadModels}
      />
      <DataTests models={models} reloadModels={reloadModels} />
    </Box>
  )
}

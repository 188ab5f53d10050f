import React, { useMemo, useState } from 'react'
import { Box, Heading, Paragraph } from '@looker/components'
import type { Column } from '../columns'
import { parseTolerance } from './tolerance'
import { TextSetting } from '../TextSetting'
import { SideResultView } from '../SideResultView'
import type { Comparison, SideSuccess } from '../run'
import { resultDiff, sqlDiff, summarize } from './diff'
import { ResultDiffView } from './ResultDiffView'
import { SqlDiffView } from './SqlDiffView'

function BothRan({
  production,
  dev,
  columns,
}: {
  production: SideSuccess
  dev: SideSuccess
  columns: Column[]
}) {
  const [tolerance, setTolerance] = useState(0)
  const lines = useMemo(() => sqlDiff(production.sql, dev.sql), [production.sql, dev.sql])
  const diff = useMemo(
    () => resultDiff(columns, production.rows, dev.rows, tolerance),
    [columns, production.rows, dev.rows, tolerance]
  )
  const sqlSame = lines.every((l) => l.kind === 'same')
  return (
    <Box>
      <Paragraph role="status" fontWeight="semiBold" mb="small">
        {summarize(diff)}
      </Paragraph>
      <Heading as="h4" fontSize="small">
        SQL {sqlSame ? '(identical)' : '(production − / development +)'}
      </Heading>
      <SqlDiffView lines={lines} />
      <Heading as="h4" fontSize="small" mt="medium">
        Results
      </Heading>
      <TextSetting
        id="compare-tolerance"
        label="Numbers equal within"
        text={String(tolerance)}
        parse={parseTolerance}
        onValid={setTolerance}
      />
      <ResultDiffView columns={columns} rows={diff.rows} />
    </Box>
  )
}

/** Production against development: the diffs when both ran, otherwise each side on its own. */
export function ComparisonView({
  comparison,
  columns,
}: {
  comparison: Comparison
  columns: Column[]
}) {
  const { production, dev, switched, leftInDev } = comparison
  return (
    <Box as="section" aria-label="Production against development">
      <Heading as="h3" fontSize="medium">
        Production against development
      </Heading>
      {switched && (
        <Paragraph fontSize="small" color="text2">
          {leftInDev
            ? 'The session was switched to Development Mode for the comparison and could not be put back to production (see the banner above).'
            : 'The session was switched to Development Mode for the comparison and put back to production.'}
        </Paragraph>
      )}
      {production.status === 'success' && dev.status === 'success' ? (
        <BothRan production={production} dev={dev} columns={columns} />
      ) : (
        <>
          <SideResultView result={production} columns={columns} />
          <SideResultView result={dev} columns={columns} />
        </>
      )}
    </Box>
  )
}

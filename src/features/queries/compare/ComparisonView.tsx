import React, { useCallback, useMemo, useState } from 'react'
import { Box, ToggleSwitch, Heading, Paragraph, Space } from '@looker/components'
import type { RenderedRow, Row } from '../../../looker'
import { Disclosure } from '../../../shared/Disclosure'
import { InlineField } from '../../../shared/ui/InlineField'
import type { Column } from '../columns'
import { parseTolerance } from './tolerance'
import { TextSetting } from '../TextSetting'
import { SideResultView } from '../SideResultView'
import { onlyIn } from '../labels'
import type { Comparison, SideSuccess } from '../run'
import { sqlDiff, summarize } from './diff'
import { useResultDiff } from './useResultDiff'
import { DiffChart } from './DiffChart'
import { type OneSideColumn, ResultDiffView } from './ResultDiffView'
import { LookerNotes, onlyNotes } from '../LookerNotes'
import { SqlDiffView } from '../../../shared/SqlDiffView'

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
  const [changedOnly, setChangedOnly] = useState(false)
  const lines = useMemo(() => sqlDiff(production.sql, dev.sql), [production.sql, dev.sql])
  // Looker ran each side with the fields its mode has: compare only the columns both have.
  const shared = useMemo(
    () => columns.filter((c) => production.fields.includes(c.name) && dev.fields.includes(c.name)),
    [columns, production.fields, dev.fields]
  )
  // A field one side lacks is compared with nothing, but its values are shown on its side.
  const oneSide = useMemo(
    (): OneSideColumn[] =>
      columns.flatMap((c): OneSideColumn[] => {
        const inProduction = production.fields.includes(c.name)
        if (inProduction === dev.fields.includes(c.name)) return []
        return [{ column: c, side: inProduction ? 'production' : 'development' }]
      }),
    [columns, production.fields, dev.fields]
  )
  const diff = useResultDiff(shared, production.rows, dev.rows, tolerance)
  const sqlSame = lines.every((l) => l.kind === 'same')
  const onlyDev = production.missing.filter((f) => dev.fields.includes(f))
  const onlyProduction = dev.missing.filter((f) => production.fields.includes(f))
  const rendered = useRenderedLookup(production, dev)
  const rows = useMemo(
    () => (changedOnly ? diff.rows.filter((r) => r.kind !== 'same') : diff.rows),
    [diff.rows, changedOnly]
  )
  return (
    <Box>
      {onlyDev.length > 0 && <Paragraph fontWeight="semiBold">{onlyIn('dev', onlyDev)}</Paragraph>}
      {onlyProduction.length > 0 && (
        <Paragraph fontWeight="semiBold">{onlyIn('production', onlyProduction)}</Paragraph>
      )}
      <LookerNotes side={production} />
      <LookerNotes side={dev} />
      <Paragraph role="status" fontWeight="semiBold" mb="small">
        {diff.complete ? summarize(diff) : 'Comparing the rows…'}
      </Paragraph>
      <Heading as="h4" fontSize="small">
        Results
      </Heading>
      <Space gap="large" align="end" mb="small">
        <Box maxWidth="12rem">
          <TextSetting
            id="compare-tolerance"
            label="Numbers equal within"
            text={String(tolerance)}
            parse={parseTolerance}
            onValid={setTolerance}
          />
        </Box>
        <InlineField label="Changed rows only">
          <ToggleSwitch mr="u1" on={changedOnly} onChange={() => setChangedOnly((v) => !v)} />
        </InlineField>
      </Space>
      <DiffChart columns={shared} rows={rows} rendered={rendered} />
      {rows.length === 0 ? (
        diff.complete && <Paragraph color="text2">No row changed.</Paragraph>
      ) : (
        <ResultDiffView columns={shared} oneSide={oneSide} rows={rows} rendered={rendered} />
      )}
      <Box mt="medium">
        <Disclosure
          indicatorPosition="left"
          defaultOpen={!sqlSame}
          label={`SQL ${sqlSame ? '(identical)' : '(production − / development +)'}`}
        >
          <SqlDiffView lines={lines} />
        </Disclosure>
      </Box>
    </Box>
  )
}

/** Looker's rendered text of any row of either side, found by the row object itself. */
function useRenderedLookup(production: SideSuccess, dev: SideSuccess) {
  const map = useMemo(() => {
    const m = new Map<Row, RenderedRow>()
    production.rows.forEach((r, i) => m.set(r, production.rendered[i] ?? {}))
    dev.rows.forEach((r, i) => m.set(r, dev.rendered[i] ?? {}))
    return m
  }, [production, dev])
  return useCallback((row: Row) => map.get(row), [map])
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
      {production.status === 'success' &&
      dev.status === 'success' &&
      !onlyNotes(production) &&
      !onlyNotes(dev) ? (
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

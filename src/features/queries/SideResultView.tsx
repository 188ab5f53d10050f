import React from 'react'
import { Box, CodeBlock, Paragraph, Space, Span } from '@looker/components'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { Disclosure } from '../../shared/Disclosure'
import { plural } from '../../shared/format'
import { WorkspaceBadge } from '../../shared/WorkspaceBadge'
import type { Column } from './columns'
import { DownloadCsv } from './DownloadCsv'
import { modeLabel, notInMode } from './labels'
import { LookerNotes } from './LookerNotes'
import { ResultsTable } from './ResultsTable'
import type { SideResult } from './run'

/** The SQL Looker generated, collapsed by default. */
export function SqlBlock({ sql, label }: { sql: string; label: string }) {
  return (
    <Disclosure label="Generated SQL" indicatorPosition="left">
      {/* A figure may be named; a plain pre may not carry aria-label. */}
      <Box as="figure" aria-label={label} m="none">
        <CodeBlock fontSize="xsmall">{sql}</CodeBlock>
      </Box>
    </Disclosure>
  )
}

/** One run's answer: its label, row count, run time, SQL, rows and CSV; or Looker's error. */
export function SideResultView({ result, columns }: { result: SideResult; columns: Column[] }) {
  const label = modeLabel(result.mode)
  // Looker drops the fields this mode lacks: show and download only the columns it ran.
  const shown =
    result.status === 'success' ? columns.filter((c) => result.fields.includes(c.name)) : columns
  return (
    <Box as="section" aria-label={`${label} result`} mb="medium">
      <Space gap="small" mb="xsmall">
        <WorkspaceBadge workspace={result.mode} />
        {result.status === 'success' && (
          <Span fontSize="small" color="text2" style={{ whiteSpace: 'nowrap' }}>
            {plural(result.rows.length, 'row')} · ran in {(result.runtimeMs / 1000).toFixed(1)} s
          </Span>
        )}
        {result.status === 'success' && (
          <DownloadCsv
            columns={shown}
            rows={result.rows}
            fileName={`query-${label.toLowerCase()}.csv`}
          />
        )}
      </Space>
      {result.status === 'error' ? (
        <>
          {result.missing.length > 0 && (
            <Paragraph fontWeight="semiBold">{notInMode(result.mode, result.missing)}</Paragraph>
          )}
          <ApiErrorMessage error={result.error} title={`The ${label.toLowerCase()} query failed`} />
        </>
      ) : (
        <>
          {result.missing.length > 0 && (
            <Paragraph fontWeight="semiBold">{notInMode(result.mode, result.missing)}</Paragraph>
          )}
          <LookerNotes side={result} />
          <SqlBlock sql={result.sql} label={`${label} SQL`} />
          <ResultsTable
            caption={`${label} rows`}
            columns={shown}
            rows={result.rows}
            rendered={result.rendered}
          />
        </>
      )}
    </Box>
  )
}

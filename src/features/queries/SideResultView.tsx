import React from 'react'
import { Badge, Box, Paragraph, Space, Span } from '@looker/components'
import { ApiErrorMessage } from '../../shared/ApiErrorMessage'
import { plural } from '../../shared/format'
import type { Column } from './columns'
import { DownloadCsv } from './DownloadCsv'
import { modeLabel, notInMode } from './labels'
import { ResultsTable } from './ResultsTable'
import type { SideResult } from './run'

/** The SQL Looker generated, collapsed by default. */
export function SqlBlock({ sql, label }: { sql: string; label: string }) {
  return (
    <details>
      <summary>Generated SQL</summary>
      {/* A figure may be named; a plain pre may not carry aria-label. */}
      <figure aria-label={label} style={{ margin: 0 }}>
        <Box as="pre" fontSize="small" p="small" bg="ui1" overflow="auto">
          {sql}
        </Box>
      </figure>
    </details>
  )
}

/** One run's answer: its label, row count, run time, SQL, rows and CSV; or Looker's error. */
export function SideResultView({ result, columns }: { result: SideResult; columns: Column[] }) {
  const label = modeLabel(result.mode)
  return (
    <Box as="section" aria-label={`${label} result`} mb="medium">
      <Space gap="small" mb="xsmall">
        <Badge intent={result.mode === 'dev' ? 'warn' : 'positive'}>{label}</Badge>
        {result.status === 'success' && (
          <Span fontSize="small" color="text2">
            {plural(result.rows.length, 'row')} · ran in {(result.runtimeMs / 1000).toFixed(1)} s
          </Span>
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
          <SqlBlock sql={result.sql} label={`${label} SQL`} />
          <ResultsTable
            caption={`${label} rows`}
            columns={columns.filter((c) => result.fields.includes(c.name))}
            rows={result.rows}
          />
          <DownloadCsv
            columns={columns.filter((c) => result.fields.includes(c.name))}
            rows={result.rows}
            fileName={`query-${label.toLowerCase()}.csv`}
          />
        </>
      )}
    </Box>
  )
}

import React, { useMemo } from 'react'
import { Paragraph } from '@looker/components'
import type { RenderedRow, Row } from '../../looker'
import { Column, formatCell } from './columns'
import { GridColumn, ResultGrid } from './grid/ResultGrid'

interface ShownRow {
  raw: Row
  rendered: RenderedRow
}

/** The cell as Looker shows it: its `rendered` text when Looker formatted it, else the value. */
export function cellText(raw: Row, rendered: RenderedRow | undefined, name: string): string {
  return rendered?.[name] ?? formatCell(raw[name])
}

/** One run's rows: Looker's formatted values, sortable by their raw values. */
export function ResultsTable({
  caption,
  columns,
  rows,
  rendered,
}: {
  caption: string
  columns: Column[]
  rows: Row[]
  rendered: RenderedRow[]
}) {
  const shown = useMemo(
    () => rows.map((raw, i): ShownRow => ({ raw, rendered: rendered[i] ?? {} })),
    [rows, rendered]
  )
  const gridColumns = useMemo(
    () =>
      columns.map((c): GridColumn<ShownRow> => ({
        key: c.name,
        label: c.label,
        numeric: c.isNumeric,
        render: (r) => cellText(r.raw, r.rendered, c.name),
        sortValue: (r) => r.raw[c.name],
      })),
    [columns]
  )
  if (rows.length === 0) return <Paragraph color="text2">No rows.</Paragraph>
  return <ResultGrid caption={caption} columns={gridColumns} rows={shown} />
}

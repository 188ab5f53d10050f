import React, { useMemo } from 'react'
import { Paragraph } from '@looker/components'
import type { RenderedRow, Row } from '../../looker'
import { Column, formatCell } from './columns'
import { GridColumn, ResultGrid } from './grid/ResultGrid'

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
  // The grid's rows are places in `rows`: nothing is made per row before the first screenful.
  const shown = useMemo(() => Array.from(rows.keys()), [rows])
  const gridColumns = useMemo(
    () =>
      columns.map((c): GridColumn<number> => ({
        key: c.name,
        label: c.label,
        numeric: c.isNumeric,
        render: (i) => cellText(rows[i]!, rendered[i], c.name),
        sortValue: (i) => rows[i]![c.name],
      })),
    [columns, rows, rendered]
  )
  if (rows.length === 0) return <Paragraph color="text2">No rows.</Paragraph>
  return <ResultGrid caption={caption} columns={gridColumns} rows={shown} />
}

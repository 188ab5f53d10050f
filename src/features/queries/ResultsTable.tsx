import React from 'react'
import { Box, Paragraph } from '@looker/components'
import type { Row } from '../../looker'
import { ColumnHeaders } from './ColumnHeaders'
import { Column, formatCell } from './columns'

/** Rows as a plain, accessible table (a caption names it for screen readers and tests). */
export function ResultsTable({
  caption,
  columns,
  rows,
}: {
  caption: string
  columns: Column[]
  rows: Row[]
}) {
  if (rows.length === 0) return <Paragraph color="text2">No rows.</Paragraph>
  return (
    <Box overflow="auto" maxHeight="480px">
      <table className="query-table">
        <caption style={{ textAlign: 'left' }}>{caption}</caption>
        <ColumnHeaders columns={columns} />
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.name} style={{ textAlign: c.isNumeric ? 'right' : 'left' }}>
                  {formatCell(row[c.name])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  )
}

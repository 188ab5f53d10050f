import React from 'react'
import { Box } from '@looker/components'
import { ColumnHeaders } from '../ColumnHeaders'
import type { Column } from '../columns'
import { formatCell } from '../columns'
import type { RowDiff } from './diff'

const ROW_LABEL: Record<RowDiff['kind'], string> = {
  same: 'same',
  changed: 'changed',
  'only-production': 'only in production',
  'only-development': 'only in development',
}

const CHANGED = { background: '#fff4d6', fontWeight: 600 } as const

function Cell({ row, column }: { row: RowDiff; column: Column }) {
  const align = column.isNumeric ? 'right' : 'left'
  if (row.kind !== 'changed' || !row.changed.includes(column.name)) {
    const value = (row.development ?? row.production)![column.name]
    return <td style={{ textAlign: align }}>{formatCell(value)}</td>
  }
  const before = formatCell(row.production![column.name])
  const after = formatCell(row.development![column.name])
  return (
    <td
      style={{ textAlign: align, ...CHANGED }}
      aria-label={`changed: production ${before}, development ${after}`}
    >
      <del>{before}</del> → <ins>{after}</ins>
    </td>
  )
}

const ROW_BG: Partial<Record<RowDiff['kind'], string>> = {
  'only-production': '#fde8e8',
  'only-development': '#e6f6ea',
}

/** Both modes' rows, matched: changed cells show production → development. */
export function ResultDiffView({ columns, rows }: { columns: Column[]; rows: RowDiff[] }) {
  return (
    <Box overflow="auto" maxHeight="480px">
      <table className="query-table">
        <caption style={{ textAlign: 'left' }}>Rows compared</caption>
        <ColumnHeaders columns={columns} leading={<th scope="col">Difference</th>} />
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} style={{ background: ROW_BG[row.kind] }}>
              <td>{ROW_LABEL[row.kind]}</td>
              {columns.map((c) => (
                <Cell key={c.name} row={row} column={c} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  )
}

import React, { ReactNode } from 'react'
import type { Column } from './columns'

/** The header row of a result table: one cell per column, numbers right-aligned as in Looker. */
export function ColumnHeaders({ columns, leading }: { columns: Column[]; leading?: ReactNode }) {
  return (
    <thead>
      <tr>
        {leading}
        {columns.map((c) => (
          <th key={c.name} scope="col" style={{ textAlign: c.isNumeric ? 'right' : 'left' }}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  )
}

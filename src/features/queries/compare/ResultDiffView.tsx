import React, { useMemo } from 'react'
import styled from 'styled-components'
import type { RenderedRow, Row } from '../../../looker'
import type { Column } from '../columns'
import { cellText } from '../ResultsTable'
import { GridColumn, ResultGrid, Tone } from '../grid/ResultGrid'
import { deltaText } from './delta'
import type { RowDiff } from './diff'

const ROW_LABEL: Record<RowDiff['kind'], string> = {
  same: 'same',
  changed: 'changed',
  'only-production': 'only in production',
  'only-development': 'only in development',
}

const ROW_TONE: Partial<Record<RowDiff['kind'], Tone>> = {
  'only-production': 'criticalSubtle',
  'only-development': 'positiveSubtle',
}

const toneOf = (r: RowDiff) => ROW_TONE[r.kind]

/** Looker's rendered text for a row of either side (rows are the very objects the sides hold). */
export type RenderedLookup = (row: Row) => RenderedRow | undefined

function isChanged(row: RowDiff, column: Column): boolean {
  return row.kind === 'changed' && row.changed.includes(column.name)
}

/** A changed cell: both values as Looker shows them, and the difference beneath. */
function ChangedCell({
  before,
  after,
  delta,
}: {
  before: string
  after: string
  delta: string | null
}) {
  // Plain elements styled once by DiffStyles: a changed cell may be on every row in view.
  return (
    <>
      <del className="before">{before}</del> → <span className="after">{after}</span>
      {delta && <div className="delta">{delta}</div>}
    </>
  )
}

const DiffStyles = styled.div`
  del.before,
  .delta {
    color: ${({ theme }) => theme.colors.text2};
  }
  .after {
    font-weight: ${({ theme }) => theme.fontWeights.semiBold};
  }
  .delta {
    font-size: ${({ theme }) => theme.fontSizes.xsmall};
  }
`

function valueColumn(c: Column, rendered: RenderedLookup): GridColumn<RowDiff> {
  const text = (row: Row | null) => (row ? cellText(row, rendered(row), c.name) : '')
  const pair = (r: RowDiff) => ({
    before: text(r.production),
    after: text(r.development),
    delta: deltaText(r.production?.[c.name], r.development?.[c.name]),
  })
  return {
    key: c.name,
    label: c.label,
    numeric: c.isNumeric,
    sortValue: (r) => (r.development ?? r.production)![c.name],
    render: (r) =>
      isChanged(r, c) ? <ChangedCell {...pair(r)} /> : text(r.development ?? r.production),
    cellLabel: (r) => {
      if (!isChanged(r, c)) return undefined
      const { before, after, delta } = pair(r)
      return `changed: production ${before}, development ${after}${delta ? `, ${delta}` : ''}`
    },
  }
}

/** What a side without the field shows in its place. */
export const NO_SUCH_FIELD = 'no such field'

/** A field only one side has: that side's values, and "no such field" for the other side. */
export interface OneSideColumn {
  column: Column
  side: 'production' | 'development'
}

function oneSideColumn({ column: c, side }: OneSideColumn, rendered: RenderedLookup) {
  const other = side === 'development' ? 'production' : 'development'
  const text = (r: RowDiff) => {
    const row = r[side]
    return row ? cellText(row, rendered(row), c.name) : NO_SUCH_FIELD
  }
  const column: GridColumn<RowDiff> = {
    key: `${side}:${c.name}`,
    label: `${c.label} (${side} only)`,
    numeric: c.isNumeric,
    sortValue: (r) => r[side]?.[c.name] ?? null,
    render: text,
    cellLabel: (r) =>
      r[side] ? `${side} ${text(r)}, ${other}: ${NO_SUCH_FIELD}` : `${other}: ${NO_SUCH_FIELD}`,
  }
  return column
}

/**
 * Both modes' rows, matched: changed cells show production → development and the difference. A
 * field only one side has gets its own column of that side's values (the other: "no such field").
 */
export function ResultDiffView({
  columns,
  oneSide = [],
  rows,
  rendered,
}: {
  columns: Column[]
  oneSide?: OneSideColumn[]
  rows: RowDiff[]
  rendered: RenderedLookup
}) {
  const gridColumns = useMemo(
    (): GridColumn<RowDiff>[] => [
      {
        key: '__difference',
        label: 'Difference',
        numeric: false,
        render: (r) => ROW_LABEL[r.kind],
        sortValue: (r) => ROW_LABEL[r.kind],
      },
      ...columns.map((c) => valueColumn(c, rendered)),
      ...oneSide.map((c) => oneSideColumn(c, rendered)),
    ],
    [columns, oneSide, rendered]
  )
  return (
    <DiffStyles>
      <ResultGrid caption="Rows compared" columns={gridColumns} rows={rows} rowTone={toneOf} />
    </DiffStyles>
  )
}

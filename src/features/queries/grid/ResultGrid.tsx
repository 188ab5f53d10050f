import React, { ReactNode, useMemo, useState } from 'react'
import styled from 'styled-components'
import {
  Box,
  Table,
  TableBody,
  TableDataCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  VisuallyHidden,
} from '@looker/components'
import type { Colors } from '@looker/design-tokens'
import { ariaSort, SortButton } from '../../../shared/SortButton'
import { nextSort, sortRows, SortState } from './sortRows'
import { useWindow } from './useWindow'

/** One column of a {@link ResultGrid}. */
export interface GridColumn<R> {
  key: string
  label: string
  /** Numbers are right-aligned, as in Looker. */
  numeric: boolean
  /** What the cell shows. */
  render(row: R): ReactNode
  /** The raw value the column sorts by. */
  sortValue(row: R): unknown
  /** The cell's accessible name, when what it shows needs words (a change, for instance). */
  cellLabel?(row: R): string | undefined
}

interface Props<R> {
  /** Names the table for screen readers (a caption, visually hidden). */
  caption: string
  columns: GridColumn<R>[]
  rows: R[]
  /** A row's background, one of the theme's colours (e.g. 'criticalSubtle'). */
  rowTone?(row: R): Tone | undefined
}

export type Tone = keyof Colors

const ToneRow = styled(TableRow)<{ $tone?: Tone }>`
  background: ${({ theme, $tone }) => ($tone ? theme.colors[$tone] : 'transparent')};
`

/** Stands for the rows not rendered, so the scroll bar keeps the table's full height. */
function Spacer({ height, span }: { height: number; span: number }) {
  if (height <= 0) return null
  return (
    <TableRow aria-hidden="true" style={{ height }}>
      <TableDataCell colSpan={span} p="none" />
    </TableRow>
  )
}

// The header stays in view while the rows scroll, as in Looker's data table.
const StickyHead = styled(TableHead)`
  th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: ${({ theme }) => theme.colors.background};
    box-shadow: inset 0 -${({ theme }) => theme.space.u05} 0 ${({ theme }) => theme.colors.ui3};
  }
`

const Cell = styled(TableDataCell)`
  white-space: nowrap;
  font-variant-numeric: tabular-nums;
  border-bottom: ${({ theme }) => theme.space.u05} solid ${({ theme }) => theme.colors.ui2};
`

/**
 * A result table in Looker's look: sticky header, sort by any column (raw values), numbers
 * right-aligned. Only the rows in view are in the DOM (spacer rows keep the scroll height), so
 * 5,000 rows of 20 columns scroll like 50; `aria-rowcount`/`aria-rowindex` keep the full size
 * known to screen readers.
 */
export function ResultGrid<R>({ caption, columns, rows, rowTone }: Props<R>) {
  const [sort, setSort] = useState<SortState | null>(null)
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key)
    return column ? sortRows(rows, (r) => column.sortValue(r), sort.direction) : rows
  }, [rows, columns, sort])
  const win = useWindow(sorted.length)
  const span = columns.length
  return (
    <Box
      ref={win.scroller}
      onScroll={win.onScroll}
      overflow="auto"
      maxHeight="60vh"
      border="ui2"
      borderRadius="medium"
    >
      <Table width="100%" aria-rowcount={sorted.length + 1}>
        <VisuallyHidden as="caption">{caption}</VisuallyHidden>
        <StickyHead>
          <TableRow aria-rowindex={1}>
            {columns.map((c) => {
              const direction = sort?.key === c.key ? sort.direction : null
              return (
                <TableHeaderCell
                  key={c.key}
                  scope="col"
                  aria-sort={ariaSort(direction)}
                  textAlign={c.numeric ? 'right' : 'left'}
                  px="xsmall"
                >
                  <SortButton
                    label={c.label}
                    sorted={direction}
                    onSort={() => setSort((s) => nextSort(s, c.key))}
                  />
                </TableHeaderCell>
              )
            })}
          </TableRow>
        </StickyHead>
        <TableBody fontSize="small">
          <Spacer height={win.before} span={span} />
          {sorted.slice(win.start, win.end).map((row, i) => {
            const tone = rowTone?.(row)
            return (
              <ToneRow
                key={win.start + i}
                ref={i === 0 ? win.firstRow : undefined}
                aria-rowindex={win.start + i + 2}
                $tone={tone}
              >
                {columns.map((c) => (
                  <Cell
                    key={c.key}
                    textAlign={c.numeric ? 'right' : 'left'}
                    px="xsmall"
                    py="xxsmall"
                    aria-label={c.cellLabel?.(row)}
                  >
                    {c.render(row)}
                  </Cell>
                ))}
              </ToneRow>
            )
          })}
          <Spacer height={win.after} span={span} />
        </TableBody>
      </Table>
    </Box>
  )
}

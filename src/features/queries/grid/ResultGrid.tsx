import React, { memo, ReactNode, useCallback, useMemo, useState } from 'react'
import styled, { useTheme } from 'styled-components'
import { Box, Table, TableHead, TableHeaderCell, VisuallyHidden } from '@looker/components'
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
  /** Keep it stable (memoized): rows re-render only when their row or the columns change. */
  columns: GridColumn<R>[]
  rows: R[]
  /** A row's background, one of the theme's colours (e.g. 'criticalSubtle'). */
  rowTone?(row: R): Tone | undefined
}

export type Tone = keyof Colors

/** The part of the window's height the grid may take before it scrolls. */
const HEIGHT_SHARE = 0.6

// The body's cells are plain <td>s styled here once, with the values of Looker's TableDataCell
// (padding, top border, text colour) plus a bottom rule: thousands of styled-system cells cost
// a style computation each per render, which is what made the first screenful slow.
const GridTable = styled(Table)`
  tbody {
    font-size: ${({ theme }) => theme.fontSizes.small};
    text-align: left;
  }
  tbody td {
    margin: 0;
    padding: ${({ theme }) => `${theme.space.xxsmall} ${theme.space.xsmall}`};
    border-top: thin solid ${({ theme }) => theme.colors.ui2};
    border-bottom: ${({ theme }) => theme.space.u05} solid ${({ theme }) => theme.colors.ui2};
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  tbody td.numeric {
    text-align: right;
  }
  tbody tr[aria-hidden] td {
    padding: 0;
    border: none;
  }
`

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

/** Stands for the rows not rendered, so the scroll bar keeps the table's full height. */
function Spacer({ height, span }: { height: number; span: number }) {
  if (height <= 0) return null
  return (
    <tr aria-hidden="true" style={{ height }}>
      <td colSpan={span} />
    </tr>
  )
}

interface HeaderProps {
  columns: GridColumn<never>[]
  sort: SortState | null
  onSort(key: string): void
}

/** The header row: re-renders on a sort, not on a scroll. */
const Header = memo(function Header({ columns, sort, onSort }: HeaderProps) {
  return (
    <StickyHead>
      <tr aria-rowindex={1}>
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
              <SortButton label={c.label} sorted={direction} onSort={() => onSort(c.key)} />
            </TableHeaderCell>
          )
        })}
      </tr>
    </StickyHead>
  )
})

interface RowProps<R> {
  row: R
  columns: GridColumn<R>[]
  rowIndex: number
  background: string | undefined
}

/** One row: re-renders only when its row, its place or the columns change (not on a scroll). */
const GridRow = memo(function GridRow({ row, columns, rowIndex, background }: RowProps<unknown>) {
  return (
    <tr aria-rowindex={rowIndex} style={background ? { background } : undefined}>
      {columns.map((c) => (
        <td
          key={c.key}
          className={c.numeric ? 'numeric' : undefined}
          aria-label={c.cellLabel?.(row)}
        >
          {c.render(row)}
        </td>
      ))}
    </tr>
  )
}) as <R>(props: RowProps<R>) => React.ReactElement

/**
 * A result table in Looker's look: sticky header, sort by any column (raw values), numbers
 * right-aligned. Only the rows in view are in the DOM (spacer rows keep the scroll height), so
 * 5,000 rows of 20 columns scroll like 50; `aria-rowcount`/`aria-rowindex` keep the full size
 * known to screen readers. Cells are formatted when they are rendered, never all up front.
 */
export function ResultGrid<R>({ caption, columns, rows, rowTone }: Props<R>) {
  const theme = useTheme()
  const [sort, setSort] = useState<SortState | null>(null)
  const onSort = useCallback((key: string) => setSort((s) => nextSort(s, key)), [])
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key)
    return column ? sortRows(rows, (r) => column.sortValue(r), sort.direction) : rows
  }, [rows, columns, sort])
  const win = useWindow(sorted.length, window.innerHeight * HEIGHT_SHARE)
  const span = columns.length
  const shown: React.ReactElement[] = []
  for (let i = win.start; i < win.end; i++) {
    const row = sorted[i]!
    const tone = rowTone?.(row)
    shown.push(
      // Keyed by place in the window, not by row: a scroll step gives the rows already in the
      // page new text instead of removing rows and building new ones (no new elements to style).
      <GridRow
        key={i - win.start}
        row={row}
        columns={columns}
        rowIndex={i + 2}
        background={tone ? theme.colors[tone] : undefined}
      />
    )
  }
  return (
    <Box
      ref={win.scroller}
      onScroll={win.onScroll}
      overflow="auto"
      maxHeight={`${HEIGHT_SHARE * 100}vh`}
      border="ui2"
      borderRadius="medium"
      // Scrolled by the compositor: the rows already drawn move without being painted again. No
      // scroll anchoring: the rows' elements show other rows as the window moves, and anchoring
      // to one of them would move the scroll position with it.
      style={{ willChange: 'scroll-position', overflowAnchor: 'none' }}
    >
      <GridTable width="100%" aria-rowcount={sorted.length + 1}>
        <VisuallyHidden as="caption">{caption}</VisuallyHidden>
        <Header columns={columns as GridColumn<never>[]} sort={sort} onSort={onSort} />
        <tbody>
          <Spacer height={win.before} span={span} />
          {shown}
          <Spacer height={win.after} span={span} />
        </tbody>
      </GridTable>
    </Box>
  )
}

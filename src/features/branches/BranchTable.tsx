import React, { memo, useMemo, useRef, useState } from 'react'
import { FixedSizeList, ListChildComponentProps } from 'react-window'
import styled, { keyframes } from 'styled-components'
import { Box, Paragraph, Space } from '@looker/components'
import { TextField } from '../../shared/TextField'
import { windowedRows, WindowedRowGroup } from '../../shared/windowedTable'
import type { Branch } from '../../looker'
import { formatCommitTime } from '../../shared/format'
import { ariaSort, SortButton } from '../../shared/SortButton'
import { BranchSort, Filtered, filterSearchable, searchable, sortBranches } from './branchRows'
import { aheadBehindLabel, branchFlags, lastCommitLabel } from './labels'
import { type Lookalike, lookalikes } from '../../shared/git/refName'

const ROW_HEIGHT = 40
const MAX_HEIGHT = 400
// At 1024 px Flags fit "personal · read-only · remote only" and Last commit its time and short
// SHA; Owner is usually empty (Looker gives none on recorded answers).
const COLUMNS =
  'minmax(0, 2.2fr) minmax(0, 2.4fr) minmax(0, 1.2fr) minmax(0, 2.4fr) minmax(0, 0.8fr)'

const { HeaderRow, BodyRow } = windowedRows(COLUMNS)

// Each branch name is a button in the look of ButtonTransparent size="small" (as the header's
// sort buttons), in this CSS written once. ButtonTransparent measures itself to size its ripple:
// on mount (getBoundingClientRect in a layout effect) and in a ResizeObserver, re-rendering on
// every change of width, so each keystroke that put other names in the rows paid for a
// measurement, a forced layout and a render per row: more than the rest of the keystroke.
// Same box, font, colour and radius; the same 12% key-coloured tint while hovered or focused;
// pressed, the same ripple: a key-coloured circle growing from the middle (200 ms), fading out.
const rippleGrow = keyframes`
  from {
    transform: translateY(-50%) scale(0.2);
  }
  to {
    transform: translateY(-50%) scale(1.1);
  }
`
const rippleShow = keyframes`
  from {
    opacity: 0;
  }
  to {
    opacity: 0.12;
  }
`
const NameButton = styled.button`
  align-items: center;
  background: transparent;
  border: thin solid transparent;
  border-radius: ${({ theme }) => theme.radii.medium};
  color: ${({ theme }) => theme.colors.key};
  cursor: pointer;
  display: inline-flex;
  flex-shrink: 0;
  font-family: ${({ theme }) => theme.fonts.brand};
  font-size: ${({ theme }) => theme.fontSizes.xsmall};
  font-weight: ${({ theme }) => theme.fontWeights.medium};
  height: 1.75rem;
  justify-content: center;
  line-height: 1;
  margin: 0;
  outline: none;
  overflow: hidden;
  padding: 0 ${({ theme }) => theme.space.u2};
  position: relative;
  transition: border 80ms;
  vertical-align: middle;
  white-space: nowrap;
  -webkit-tap-highlight-color: transparent;
  &::before,
  &::after {
    background-color: ${({ theme }) => theme.colors.key};
    content: '';
    opacity: 0;
    pointer-events: none;
    position: absolute;
  }
  &::before {
    inset: 0;
    transition: opacity 15ms linear;
  }
  &:hover::before,
  &:focus::before {
    opacity: 0.12;
  }
  &::after {
    aspect-ratio: 1;
    border-radius: 50%;
    left: 0;
    top: 50%;
    transform: translateY(-50%) scale(1.1);
    transition: opacity ${({ theme }) => theme.transitions.quick}ms linear;
    width: 100%;
  }
  &:active::after {
    animation:
      ${rippleGrow} ${({ theme }) => theme.transitions.simple}ms cubic-bezier(0.4, 0, 0.2, 1),
      ${rippleShow} ${({ theme }) => theme.transitions.rapid}ms linear;
    opacity: 0.12;
    transition: none;
  }
`

const cell: React.CSSProperties = {
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
}

interface RowData {
  rows: Branch[]
  lookalikes: Map<string, Lookalike>
  selected: string | null
  onSelect(name: string): void
}

function RowView({ index, style, data }: ListChildComponentProps<RowData>) {
  const b = data.rows[index]!
  const like = data.lookalikes.get(b.name)
  const flags = [
    ...branchFlags(b),
    ...(like ? [`looks like ${like.of} (hidden ${like.hidden})`] : []),
  ].join(' · ')
  return (
    <BodyRow role="row" aria-rowindex={index + 2} style={style}>
      <div role="cell" style={cell}>
        <NameButton
          type="button"
          aria-pressed={b.name === data.selected}
          onClick={() => data.onSelect(b.name)}
        >
          {b.name}
        </NameButton>
      </div>
      <div role="cell" style={cell} title={flags}>
        {flags}
      </div>
      <div role="cell" style={cell}>
        {aheadBehindLabel(b)}
      </div>
      <div role="cell" style={cell} title={lastCommitLabel(b)}>
        {b.commitAt !== null ? formatCommitTime(b.commitAt) : ''}
        {b.ref && /^[0-9a-f]{7,40}$/i.test(b.ref) ? ` · ${b.ref.slice(0, 7)}` : ''}
      </div>
      <div role="cell" style={cell}>
        {b.ownerName ?? ''}
      </div>
    </BodyRow>
  )
}

/**
 * A row re-renders only when its branch, its place or whether it is selected changes: as one
 * types, the rows that stay in view are left alone.
 */
const Row = memo(RowView, (a, b) => {
  const branch = a.data.rows[a.index]
  return (
    branch === b.data.rows[b.index] &&
    a.style === b.style &&
    a.data.onSelect === b.data.onSelect &&
    a.data.lookalikes === b.data.lookalikes &&
    (branch?.name === a.data.selected) === (branch?.name === b.data.selected)
  )
})

/** The header row: re-renders when the sort changes, not on every keystroke. */
const Header = memo(function Header({
  sort,
  onSort,
}: {
  sort: BranchSort
  onSort(key: BranchSort): void
}) {
  const cell = (label: string, key?: BranchSort) => {
    // Names sort A to Z, commits newest first.
    const sorted = key && sort === key ? (key === 'name' ? 'ascending' : 'descending') : null
    return (
      <div role="columnheader" aria-sort={key ? ariaSort(sorted) : undefined}>
        {key ? <SortButton label={label} sorted={sorted} onSort={() => onSort(key)} /> : label}
      </div>
    )
  }
  return (
    <div role="rowgroup">
      <HeaderRow role="row" aria-rowindex={1}>
        {cell('Branch', 'name')}
        {cell('Flags')}
        {cell('Remote')}
        {cell('Last commit', 'recent')}
        {cell('Owner')}
      </HeaderRow>
    </div>
  )
})

interface Props {
  branches: Branch[]
  selected: string | null
  onSelect(name: string): void
}

/**
 * Every branch, filterable and sortable. Only the rows in view are rendered (react-window), so
 * thousands of branches scroll and filter smoothly.
 */
export function BranchTable({ branches, selected, onSelect }: Props) {
  const [filter, setFilter] = useState('')
  const [sort, setSort] = useState<BranchSort>('name')
  // Sorting 10,000 names costs far more than a frame: once per list and order, not per keystroke;
  // so is lowercasing them. Each keystroke then searches the names (or only the last matches).
  const list = useMemo(() => searchable(sortBranches(branches, sort)), [branches, sort])
  const last = useRef<Filtered>()
  const filtered = useMemo(() => filterSearchable(list, filter, last.current), [list, filter])
  last.current = filtered
  const rows = filtered.rows
  const alike = useMemo(() => lookalikes(branches.map((b) => b.name)), [branches])
  const data = useMemo(
    () => ({ rows, lookalikes: alike, selected, onSelect }),
    [rows, alike, selected, onSelect]
  )
  return (
    <Box>
      <Space mb="small">
        <Box maxWidth="20rem">
          <TextField
            label="Filter branches"
            value={filter}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFilter(e.currentTarget.value)}
          />
        </Box>
        <Paragraph color="text2" fontSize="small" role="status" aria-label="Branch count">
          {rows.length === branches.length
            ? `${branches.length} branches`
            : `${rows.length} of ${branches.length} branches`}
        </Paragraph>
      </Space>
      <div role="table" aria-label="Branches" aria-rowcount={rows.length + 1}>
        <Header sort={sort} onSort={setSort} />
        <FixedSizeList
          height={Math.min(MAX_HEIGHT, Math.max(rows.length, 1) * ROW_HEIGHT)}
          width="100%"
          itemCount={rows.length}
          itemSize={ROW_HEIGHT}
          itemData={data}
          innerElementType={WindowedRowGroup}
          overscanCount={5}
        >
          {Row}
        </FixedSizeList>
      </div>
      {rows.length === 0 && <Paragraph>No branch name contains “{filter}”.</Paragraph>}
    </Box>
  )
}

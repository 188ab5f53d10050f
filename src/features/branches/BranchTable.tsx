import React, { memo, useMemo, useRef, useState } from 'react'
import { FixedSizeList, ListChildComponentProps } from 'react-window'
import { Box, Paragraph, Space } from '@looker/components'
import { TextField } from '../../shared/ui/TextField'
import { windowedRows, WindowedRowGroup } from '../../shared/ui/windowedTable'
import { RowButton } from '../../shared/ui/RowButton'
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
        <RowButton
          type="button"
          aria-pressed={b.name === data.selected}
          onClick={() => data.onSelect(b.name)}
        >
          {b.name}
        </RowButton>
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

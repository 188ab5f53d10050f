import React, { forwardRef, HTMLAttributes, useMemo, useState } from 'react'
import { FixedSizeList, ListChildComponentProps } from 'react-window'
import styled from 'styled-components'
import { Box, ButtonTransparent, FieldText, Paragraph, Space } from '@looker/components'
import type { Branch } from '../../looker'
import { formatCommitTime } from '../../shared/format'
import { ariaSort, SortButton } from '../../shared/SortButton'
import { BranchSort, filterBranches, sortBranches } from './branchRows'
import { aheadBehindLabel, branchFlags, lastCommitLabel } from './labels'

const ROW_HEIGHT = 40
const MAX_HEIGHT = 400
// At 1024 px Flags fit "personal · read-only · remote only" and Last commit its time and short
// SHA; Owner is usually empty (Looker gives none on recorded answers).
const COLUMNS =
  'minmax(0, 2.2fr) minmax(0, 2.4fr) minmax(0, 1.2fr) minmax(0, 2.4fr) minmax(0, 0.8fr)'

// The grid in the look of @looker/components' Table (whose markup cannot be windowed): header in
// small grey semi-bold, rows in the body size with a rule between them.
const HeaderRow = styled.div`
  display: grid;
  grid-template-columns: ${COLUMNS};
  align-items: center;
  color: ${({ theme }) => theme.colors.text2};
  font-size: ${({ theme }) => theme.fontSizes.xsmall};
  font-weight: ${({ theme }) => theme.fontWeights.semiBold};
  & > [role='columnheader'] {
    padding: ${({ theme }) => theme.space.xsmall};
  }
`

// The rule between rows comes from Box's borderTop="ui2", as TableDataCell draws it.
const BodyRow = styled(Box)`
  display: grid;
  grid-template-columns: ${COLUMNS};
  align-items: center;
  font-size: ${({ theme }) => theme.fontSizes.small};
  & > [role='cell'] {
    padding: 0 ${({ theme }) => theme.space.xsmall};
  }
`

const cell: React.CSSProperties = {
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
}

// The scrolling body keeps the table's row structure for screen readers.
const RowGroup = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(
  function RowGroup(props, ref) {
    return <div ref={ref} role="rowgroup" {...props} />
  }
)

interface RowData {
  rows: Branch[]
  selected: string | null
  onSelect(name: string): void
}

function Row({ index, style, data }: ListChildComponentProps<RowData>) {
  const b = data.rows[index]!
  return (
    <BodyRow role="row" aria-rowindex={index + 2} style={style} borderTop="ui2">
      <div role="cell" style={cell}>
        <ButtonTransparent
          size="small"
          aria-pressed={b.name === data.selected}
          onClick={() => data.onSelect(b.name)}
        >
          {b.name}
        </ButtonTransparent>
      </div>
      <div role="cell" style={cell} title={branchFlags(b).join(' · ')}>
        {branchFlags(b).join(' · ')}
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
  // Sorting 10,000 names costs far more than a frame: once per list and order, not per keystroke.
  const sorted = useMemo(() => sortBranches(branches, sort), [branches, sort])
  const rows = useMemo(() => filterBranches(sorted, filter), [sorted, filter])
  const data = useMemo(() => ({ rows, selected, onSelect }), [rows, selected, onSelect])
  const header = (label: string, key?: BranchSort) => {
    // Names sort A to Z, commits newest first.
    const sorted = key && sort === key ? (key === 'name' ? 'ascending' : 'descending') : null
    return (
      <div role="columnheader" aria-sort={key ? ariaSort(sorted) : undefined}>
        {key ? <SortButton label={label} sorted={sorted} onSort={() => setSort(key)} /> : label}
      </div>
    )
  }
  return (
    <Box>
      <Space mb="small">
        <Box maxWidth="20rem">
          <FieldText
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
        <div role="rowgroup">
          <HeaderRow role="row" aria-rowindex={1}>
            {header('Branch', 'name')}
            {header('Flags')}
            {header('Remote')}
            {header('Last commit', 'recent')}
            {header('Owner')}
          </HeaderRow>
        </div>
        <FixedSizeList
          height={Math.min(MAX_HEIGHT, Math.max(rows.length, 1) * ROW_HEIGHT)}
          width="100%"
          itemCount={rows.length}
          itemSize={ROW_HEIGHT}
          itemData={data}
          itemKey={(i, d) => d.rows[i]!.name}
          innerElementType={RowGroup}
          overscanCount={5}
        >
          {Row}
        </FixedSizeList>
      </div>
      {rows.length === 0 && <Paragraph>No branch name contains “{filter}”.</Paragraph>}
    </Box>
  )
}

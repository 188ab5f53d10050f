import React, { memo, useMemo } from 'react'
import { FixedSizeList, ListChildComponentProps } from 'react-window'
import styled from 'styled-components'
import { formatCommitTime, plural } from '../../shared/format'
import { windowedRows, WindowedRowGroup } from '../../shared/ui/windowedTable'
import type { HealthRow } from './healthRows'
import { aheadBehindText, flagsText, WHERE_WORDS } from './labels'

const ROW_HEIGHT = 40
const MAX_HEIGHT = 480
const COLUMNS =
  '2rem minmax(0, 2.2fr) minmax(0, 1.2fr) minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1fr) minmax(0, 0.8fr) minmax(0, 2.6fr)'

// The branches table's rows; here a long value is cut with an ellipsis (its title shows it all).
const { HeaderRow, BodyRow: GridBodyRow } = windowedRows(COLUMNS)
const BodyRow = styled(GridBodyRow)`
  & > [role='cell'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`

/** The id of the page's one sentence saying why no row can be selected. */
export const PAGE_REASON_ID = 'health-page-reason'

interface RowData {
  rows: HealthRow[]
  selected: ReadonlySet<string>
  onToggle(key: string): void
  pageReason: string | null
}

function ageText(r: HealthRow): string {
  return r.ageDays === null ? 'unknown' : plural(r.ageDays, 'day')
}

function RowView({ index, style, data }: ListChildComponentProps<RowData>) {
  const r = data.rows[index]!
  const label = `Select ${r.branch.name} in ${r.project.name}`
  // The page-wide reason is said once above the table (PAGE_REASON_ID); a row names its own.
  const own = r.blocked !== null && r.blocked !== data.pageReason
  const reasonId = own ? `health-reason-${index}` : PAGE_REASON_ID
  return (
    <BodyRow role="row" aria-rowindex={index + 2} style={style}>
      <div role="cell">
        <input
          type="checkbox"
          aria-label={label}
          checked={data.selected.has(r.key)}
          disabled={r.blocked !== null}
          aria-describedby={r.blocked !== null ? reasonId : undefined}
          onChange={() => data.onToggle(r.key)}
        />
      </div>
      <div role="cell" title={r.branch.name}>
        {r.branch.name}
      </div>
      <div role="cell" title={r.project.name}>
        {r.project.name}
      </div>
      <div role="cell" title={formatCommitTime(r.branch.commitAt)}>
        {ageText(r)}
      </div>
      <div role="cell">{WHERE_WORDS[r.where]}</div>
      <div role="cell">{aheadBehindText(r.branch)}</div>
      <div role="cell">{r.kind}</div>
      <div role="cell" title={[flagsText(r.branch), r.blocked].filter(Boolean).join(' · ')}>
        {flagsText(r.branch)}
        {own && flagsText(r.branch) && ' · '}
        {own && <span id={reasonId}>{r.blocked}</span>}
      </div>
    </BodyRow>
  )
}

/** A row re-renders only when its branch, place or selection changes. */
const Row = memo(RowView, (a, b) => {
  const row = a.data.rows[a.index]
  return (
    row === b.data.rows[b.index] &&
    a.style === b.style &&
    a.data.onToggle === b.data.onToggle &&
    a.data.pageReason === b.data.pageReason &&
    (row ? a.data.selected.has(row.key) === b.data.selected.has(row.key) : true)
  )
})

interface Props {
  /** Why no row of the page can be selected (said once by the page), or null. */
  pageReason: string | null
  rows: HealthRow[]
  selected: ReadonlySet<string>
  onToggle(key: string): void
  /** Selects every selectable row shown, or clears them when all are selected. */
  onToggleAll(): void
  allSelected: boolean
}

/** The branches the filter keeps; only the rows in view are rendered (react-window). */
export function HealthTable({
  pageReason,
  rows,
  selected,
  onToggle,
  onToggleAll,
  allSelected,
}: Props) {
  const data = useMemo(
    () => ({ rows, selected, onToggle, pageReason }),
    [rows, selected, onToggle, pageReason]
  )
  const selectable = rows.some((r) => r.blocked === null)
  return (
    <div role="table" aria-label="Old branches" aria-rowcount={rows.length + 1}>
      <div role="rowgroup">
        <HeaderRow role="row" aria-rowindex={1}>
          <div role="columnheader">
            <input
              type="checkbox"
              aria-label="Select all shown"
              checked={allSelected && selectable}
              disabled={!selectable}
              onChange={onToggleAll}
            />
          </div>
          <div role="columnheader">Branch</div>
          <div role="columnheader">Project</div>
          <div role="columnheader">Last commit</div>
          <div role="columnheader">Where</div>
          <div role="columnheader">Remote</div>
          <div role="columnheader">Kind</div>
          <div role="columnheader">Flags</div>
        </HeaderRow>
      </div>
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
  )
}

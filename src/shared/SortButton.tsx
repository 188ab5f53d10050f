import React from 'react'
import { ButtonTransparent } from '@looker/components'

/** Props of {@link SortButton}. */
export interface SortButtonProps {
  label: string
  /** The column's direction when the table is sorted by it; null when it is not. */
  sorted: 'ascending' | 'descending' | null
  onSort(): void
}

/**
 * A sortable column's header button. The arrow is decoration: the button's name stays the column's
 * label, and the header cell carries `aria-sort` (use {@link ariaSort}).
 */
export function SortButton({ label, sorted, onSort }: SortButtonProps) {
  return (
    <ButtonTransparent size="small" onClick={onSort}>
      {label}
      {sorted && <span aria-hidden="true">{sorted === 'ascending' ? ' ▲' : ' ▼'}</span>}
    </ButtonTransparent>
  )
}

/** The header cell's `aria-sort` for a sortable column. */
export function ariaSort(sorted: SortButtonProps['sorted']): 'ascending' | 'descending' | 'none' {
  return sorted ?? 'none'
}

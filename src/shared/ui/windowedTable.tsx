// Stands in for @looker/components' Table rows (TableHeaderCell, TableDataCell) in windowed tables, for speed, not size: Table's markup cannot be windowed (react-window).
/**
 * The rows of a windowed table (react-window) in the look of @looker/components' Table, whose
 * markup cannot be windowed: the header in small grey semi-bold, the body rows in the small size
 * with the rule TableDataCell draws (borderTop="ui2"), in CSS written once per table rather than
 * styled-system props computed for every row. Used by the branches table and the git health table.
 */
import React, { forwardRef, HTMLAttributes } from 'react'
import styled from 'styled-components'

/** The header row and the body row of a grid table with these `grid-template-columns`. */
export function windowedRows(columns: string) {
  const HeaderRow = styled.div`
    display: grid;
    grid-template-columns: ${columns};
    align-items: center;
    color: ${({ theme }) => theme.colors.text2};
    font-size: ${({ theme }) => theme.fontSizes.xsmall};
    font-weight: ${({ theme }) => theme.fontWeights.semiBold};
    & > [role='columnheader'] {
      padding: ${({ theme }) => theme.space.xsmall};
    }
  `
  const BodyRow = styled.div`
    display: grid;
    border-top: thin solid ${({ theme }) => theme.colors.ui2};
    grid-template-columns: ${columns};
    align-items: center;
    font-size: ${({ theme }) => theme.fontSizes.small};
    & > [role='cell'] {
      padding: 0 ${({ theme }) => theme.space.xsmall};
    }
  `
  return { HeaderRow, BodyRow }
}

/** react-window's inner element as the table's row group. */
export const WindowedRowGroup = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(
  function WindowedRowGroup(props, ref) {
    return <div ref={ref} role="rowgroup" {...props} />
  }
)

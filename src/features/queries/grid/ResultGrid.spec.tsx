import React from 'react'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ComponentsProvider } from '@looker/components'
import { GridColumn, ResultGrid } from './ResultGrid'

jest.setTimeout(60_000)

type R = Record<string, number | string>
const COLUMNS = 20
const ROWS = 5_000

const rows: R[] = Array.from({ length: ROWS }, (_, i) =>
  Object.fromEntries(
    Array.from({ length: COLUMNS }, (_, c) => [
      `c${c}`,
      c === 0 ? `row ${i}` : (i * 7919 + c) % 10_007,
    ])
  )
)
const columns: GridColumn<R>[] = Array.from({ length: COLUMNS }, (_, c) => ({
  key: `c${c}`,
  label: `Column ${c}`,
  numeric: c > 0,
  render: (r) => String(r[`c${c}`]),
  sortValue: (r) => r[`c${c}`],
}))

test('5,000 rows of 20 columns: the table says 5,001 rows but only the rows in view are in the page', async () => {
  const user = userEvent.setup()
  render(
    <ComponentsProvider>
      <ResultGrid caption="Big result" columns={columns} rows={rows} />
    </ComponentsProvider>
  )
  const table = screen.getByRole('table', { name: 'Big result' })
  expect(table).toHaveAttribute('aria-rowcount', String(ROWS + 1))
  const rendered = within(table).getAllByRole('row')
  expect(rendered.length).toBeLessThan(100)
  expect(rendered[1]).toHaveAttribute('aria-rowindex', '2')
  expect(within(rendered[1]!).getAllByRole('cell')[0]).toHaveTextContent('row 0')
  // Numbers are right-aligned; sorting works on all 5,000 rows, not just the rendered ones.
  const header = within(table).getByRole('columnheader', { name: 'Column 1' })
  await user.click(within(header).getByRole('button', { name: 'Column 1' }))
  await user.click(within(header).getByRole('button', { name: 'Column 1' }))
  expect(header).toHaveAttribute('aria-sort', 'descending')
  const max = Math.max(...rows.map((r) => r.c1 as number))
  const first = within(table).getAllByRole('row')[1]!
  expect(within(first).getAllByRole('cell')[1]).toHaveTextContent(String(max))
  expect(within(first).getAllByRole('cell')[1]).toHaveStyle({ textAlign: 'right' })
})

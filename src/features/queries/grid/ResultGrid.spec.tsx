import React from 'react'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { GridColumn, ResultGrid } from './ResultGrid'
import { renderInTheme } from '../../../../test/renderInTheme'

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
  renderInTheme(<ResultGrid caption="Big result" columns={columns} rows={rows} />)
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

describe('scrolling, with the layout a browser gives (rows 25 px high, 500 px in view)', () => {
  // jsdom lays nothing out: the sizes the window reads are given here, as a browser measures them.
  const sizes = {
    // The scrolling box is the table's parent.
    clientHeight: {
      get: (el: HTMLElement) => (el.firstElementChild?.tagName === 'TABLE' ? 500 : 0),
    },
  }
  const saved = Object.keys(sizes).map(
    (k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)] as const
  )
  const rect = Element.prototype.getBoundingClientRect
  beforeAll(() => {
    Element.prototype.getBoundingClientRect = function (this: Element) {
      const height = this.tagName === 'TR' ? 25 : 0
      return {
        x: 0,
        y: 0,
        top: 0,
        left: 0,
        right: 0,
        width: 0,
        bottom: height,
        height,
        toJSON() {},
      }
    }
    for (const [k, { get }] of Object.entries(sizes))
      Object.defineProperty(HTMLElement.prototype, k, {
        configurable: true,
        get(this: HTMLElement) {
          return get(this)
        },
      })
  })
  afterAll(() => {
    Element.prototype.getBoundingClientRect = rect
    for (const [k, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, k, d)
  })

  // The header row is row 1; the spacer rows are hidden from screen readers (and from getByRole).
  const bodyRows = (table: HTMLElement) =>
    within(table)
      .getAllByRole('row')
      .filter((r) => r.getAttribute('aria-rowindex') !== '1')
  const firstCells = (table: HTMLElement) =>
    bodyRows(table).map((r) => within(r).getAllByRole('cell')[0]!.textContent)

  test('the first screenful holds the rows that fit, a few more come once measured, and a scroll shows the rows at that place', async () => {
    renderInTheme(<ResultGrid caption="Big result" columns={columns} rows={rows} />)
    const table = screen.getByRole('table', { name: 'Big result' })
    // The box a person scrolls has no role of its own: it is the table's parent.
    // eslint-disable-next-line testing-library/no-node-access
    const scroller = table.parentElement!
    // First screenful, before anything is measured: the rows that fit the box (60% of jsdom's
    // 768 px window, at most 24 px a row), from the first.
    expect(firstCells(table)).toEqual(Array.from({ length: 20 }, (_, i) => `row ${i}`))
    // Measured after the paint: the 20 rows in view and 6 more below (the window keeps 3 above
    // and 3 below once scrolled: every rendered row is laid out again on each scroll step).
    await waitFor(() => expect(bodyRows(table)).toHaveLength(26))
    expect(firstCells(table)).toEqual(Array.from({ length: 26 }, (_, i) => `row ${i}`))

    // Scrolled down by 100 rows: rows 97 to 122 (3 above and below the 20 in view), in order,
    // each with its own index for screen readers, and spacers that keep the full height.
    scroller.scrollTop = 2500
    fireEvent.scroll(scroller)
    const shown = bodyRows(table)
    expect(firstCells(table)).toEqual(Array.from({ length: 26 }, (_, i) => `row ${97 + i}`))
    expect(shown.map((r) => r.getAttribute('aria-rowindex'))).toEqual(
      Array.from({ length: 26 }, (_, i) => String(99 + i))
    )
    const cellsOf97 = within(shown[0]!).getAllByRole('cell')
    expect(cellsOf97.map((c) => c.textContent)).toEqual(columns.map((c) => c.render(rows[97]!)))
    // The spacers are hidden from screen readers; their heights are the scroll bar's length.
    // eslint-disable-next-line testing-library/no-node-access
    const spacers = table.querySelectorAll<HTMLElement>('tbody > tr[aria-hidden]')
    expect([...spacers].map((s) => s.style.height)).toEqual([
      `${97 * 25}px`,
      `${(ROWS - 123) * 25}px`,
    ])

    // Back to the top: the first rows again.
    scroller.scrollTop = 0
    fireEvent.scroll(scroller)
    expect(firstCells(table).slice(0, 3)).toEqual(['row 0', 'row 1', 'row 2'])
  })
})

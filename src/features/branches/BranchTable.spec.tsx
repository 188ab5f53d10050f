import React from 'react'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Branch } from '../../looker'
import { branchFixture } from '../../../test/fixtures'
import { BranchTable } from './BranchTable'
import { renderInTheme } from '../../../test/renderInTheme'

const COUNT = 5000

function branch(i: number): Branch {
  return branchFixture({
    name: `feature/b-${String(i).padStart(4, '0')}`,
    isCurrent: i === 0,
    commitAt: 1763596800 - i * 60,
    ref: null,
  })
}

test(`renders only the visible rows of ${COUNT} branches, and filters all of them`, async () => {
  const user = userEvent.setup()
  const branches = Array.from({ length: COUNT }, (_, i) => branch(i))
  renderInTheme(<BranchTable branches={branches} selected={null} onSelect={() => undefined} />)
  const table = screen.getByRole('table', { name: 'Branches' })
  expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1))
  // The header row plus what fits in the 400px viewport and the overscan: nowhere near 5,000.
  expect(within(table).getAllByRole('row').length).toBeLessThan(30)
  await user.type(screen.getByLabelText('Filter branches'), 'b-4321')
  expect(screen.getByRole('status', { name: 'Branch count' })).toHaveTextContent(
    `1 of ${COUNT} branches`
  )
  expect(within(table).getByRole('button', { name: 'feature/b-4321' })).toBeInTheDocument()
})

test('filtering shows the matches in the rows already on screen (rows stay, their text changes)', async () => {
  const user = userEvent.setup()
  const branches = Array.from({ length: 100 }, (_, i) => branch(i))
  renderInTheme(<BranchTable branches={branches} selected={null} onSelect={() => undefined} />)
  const table = screen.getByRole('table', { name: 'Branches' })
  const firstRow = within(table).getAllByRole('row')[1]!
  expect(firstRow).toHaveTextContent('feature/b-0000')
  await user.type(screen.getByLabelText('Filter branches'), 'b-005')
  // The same row element now shows the first match: typing does not rebuild the visible rows.
  expect(within(table).getAllByRole('row')[1]).toBe(firstRow)
  expect(firstRow).toHaveTextContent('feature/b-0050')
  expect(
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent)
  ).toHaveLength(10)
  await user.clear(screen.getByLabelText('Filter branches'))
  expect(within(table).getAllByRole('row')[1]).toBe(firstRow)
  expect(firstRow).toHaveTextContent('feature/b-0000')
})

test('a branch name is a button: chosen by click or by keyboard, and shown pressed', async () => {
  const user = userEvent.setup()
  const branches = Array.from({ length: 3 }, (_, i) => branch(i))
  const onSelect = jest.fn()
  const { rerender } = renderInTheme(
    <BranchTable branches={branches} selected={null} onSelect={onSelect} />
  )
  await user.click(screen.getByRole('button', { name: 'feature/b-0001' }))
  expect(onSelect).toHaveBeenLastCalledWith('feature/b-0001')
  screen.getByRole('button', { name: 'feature/b-0002' }).focus()
  await user.keyboard('{Enter}')
  expect(onSelect).toHaveBeenLastCalledWith('feature/b-0002')
  await user.keyboard(' ')
  expect(onSelect).toHaveBeenCalledTimes(3)
  rerender(<BranchTable branches={branches} selected="feature/b-0002" onSelect={onSelect} />)
  expect(screen.getByRole('button', { name: 'feature/b-0002' })).toHaveAttribute(
    'aria-pressed',
    'true'
  )
  expect(screen.getByRole('button', { name: 'feature/b-0001' })).toHaveAttribute(
    'aria-pressed',
    'false'
  )
})

test('a branch whose name differs from another only by an invisible character is marked as a look-alike', () => {
  const branches = [
    branchFixture({ name: 'feature/net-revenue', ref: null }),
    branchFixture({ name: 'feature/net-\u200Brevenue', ref: null }),
    branchFixture({ name: 'feature/other', ref: null }),
  ]
  renderInTheme(<BranchTable branches={branches} selected={null} onSelect={() => undefined} />)
  const rows = within(screen.getByRole('table', { name: 'Branches' })).getAllByRole('row')
  const rowOf = (name: string) =>
    rows.find((r) => within(r).queryByRole('button', { name }) !== null)!
  expect(rowOf('feature/net-\u200Brevenue')).toHaveTextContent(
    'looks like feature/net-revenue (hidden U+200B)'
  )
  expect(rowOf('feature/net-revenue')).not.toHaveTextContent('looks like')
  expect(rowOf('feature/other')).not.toHaveTextContent('looks like')
})

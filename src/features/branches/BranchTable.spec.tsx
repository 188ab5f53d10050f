import React from 'react'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ComponentsProvider } from '@looker/components'
import type { Branch } from '../../looker'
import { branchFixture } from '../../../test/fixtures'
import { BranchTable } from './BranchTable'

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
  render(
    <ComponentsProvider>
      <BranchTable branches={branches} selected={null} onSelect={() => undefined} />
    </ComponentsProvider>
  )
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

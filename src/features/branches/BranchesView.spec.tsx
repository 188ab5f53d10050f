/** Browsing a project's branches: the deep link, the table, read-only modes, errors. */
import { screen, waitFor, within } from '@testing-library/react'
import {
  branchButton,
  openProject,
  currentPanel,
  branchRow,
  calls,
  expectUnavailableBecause,
} from '../../../test/branchesPage'

test('a deep link shows every branch with its flags, and the current branch state', async () => {
  await openProject('finance')
  expect(await currentPanel()).toHaveTextContent('Current branch: feature/q4-close (shared)')
  expect(await currentPanel()).toHaveTextContent('2 ahead, 1 behind')
  expect(await branchRow('scratch/ada-notes')).toHaveTextContent('local onlynot on the remote')
  expect(await branchRow('main')).toHaveTextContent('production · read-only')
  expect(await branchRow('feature/q4-close')).toHaveTextContent('current')
  expect(screen.getByRole('status', { name: 'Branch count' })).toHaveTextContent('4 branches')
  expectUnavailableBecause('Pull remote changes', /2 commits not on the remote/)
})

test('filters and sorts the branches', async () => {
  const { user } = await openProject('finance')
  await branchRow('main')
  await user.type(screen.getByLabelText('Filter branches'), 'Q4')
  expect(screen.getByRole('status', { name: 'Branch count' })).toHaveTextContent('1 of 4 branches')
  await user.clear(screen.getByLabelText('Filter branches'))
  await user.click(screen.getByRole('button', { name: 'Last commit' }))
  // The arrow is decoration: the header keeps its name and says how it sorts.
  expect(screen.getByRole('columnheader', { name: 'Last commit' })).toHaveAttribute(
    'aria-sort',
    'descending'
  )
  expect(screen.getByRole('columnheader', { name: 'Branch' })).toHaveAttribute('aria-sort', 'none')
  const names = within(screen.getByRole('table', { name: 'Branches' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('button')[0]!.textContent)
  // The newest commit first: ada's local q4-close work (1 day ago) before the older branches.
  expect(names[0]).toBe('feature/q4-close')
})

test('production mode is read-only, says why, and clicking the actions changes nothing', async () => {
  const { user, looker } = await openProject('ecommerce', { workspace: 'production' })
  expect(await screen.findByText(/Read-only: Production Mode is read-only/)).toBeInTheDocument()
  // Said once: the banner; the buttons give it in their tooltip, not as text beside each one.
  expect(
    screen.getAllByText(/Production Mode is read-only/, { ignore: '[id^="reason-"]' })
  ).toHaveLength(1)
  expectUnavailableBecause('Create and switch', /turn on Development Mode/)
  expectUnavailableBecause('Reset to remote…', /turn on Development Mode/)
  await user.click(screen.getByRole('button', { name: 'Reset to remote…' }))
  await user.click(screen.getByRole('button', { name: 'Pull remote changes' }))
  await user.click(await branchButton('main'))
  expectUnavailableBecause('Switch to main', /turn on Development Mode/)
  await user.click(screen.getByRole('button', { name: 'Switch to main' }))
  await user.click(screen.getByRole('button', { name: 'Delete main' }))
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(screen.queryByRole('status', { name: 'Last action' })).not.toBeInTheDocument()
  const changes = ['update_git_branch', 'delete_git_branch', 'reset_project_to_remote']
  expect(changes.flatMap((op) => calls(looker, op))).toEqual([])
})

test('a viewer Looker refuses projects to (403) is told so, without a Retry', async () => {
  await openProject('finance', { user: 'vic', workspace: 'production' })
  expect(await screen.findByText(/You cannot see LookML projects/)).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
})

test('an unknown project in the URL shows Looker 404', async () => {
  await openProject('nope')
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('Project nope not found')
  expect(within(alert).getByRole('link', { name: /HTTP 404/ })).toBeInTheDocument()
})

test('after a workspace switch the page shows the new workspace branches', async () => {
  const { user } = await openProject('finance', { workspace: 'production' })
  expect(await currentPanel()).toHaveTextContent('Current branch: main (production)')
  await user.click(await screen.findByRole('switch', { name: 'Development Mode' }))
  await waitFor(async () =>
    expect(await currentPanel()).toHaveTextContent('Current branch: feature/q4-close')
  )
  expect(screen.queryByText(/Read-only/)).not.toBeInTheDocument()
})

test('a user without develop sees every branch read-only, with the reason said once', async () => {
  await openProject('ecommerce', { user: 'lin', workspace: 'production' })
  // One banner (the workspace bar's); each disabled action carries it as its description.
  expect(
    await screen.findAllByText(/Read-only: .*do not include the "develop" permission/)
  ).toHaveLength(1)
  expect(screen.queryByRole('switch', { name: 'Development Mode' })).not.toBeInTheDocument()
  expect(await branchRow('main')).toHaveTextContent('production')
  expectUnavailableBecause('Reset to production…', /"develop" permission/)
  expectUnavailableBecause('Create and switch', /"develop" permission/)
})

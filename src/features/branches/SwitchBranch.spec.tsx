/** Switching branches: what is offered, Looker's answer and refusals. */
import { screen, waitFor, within } from '@testing-library/react'
import {
  openProject,
  currentPanel,
  branchButton,
  lastAction,
  calls,
  expectUnavailableBecause,
} from '../../../test/branchesPage'

test('switches to a branch, then shows the branch Looker re-reads', async () => {
  const { user, looker } = await openProject('ecommerce')
  await user.click(await branchButton('feature/old-experiment'))
  await user.click(screen.getByRole('button', { name: 'Switch to feature/old-experiment' }))
  expect(await lastAction()).toHaveTextContent(
    'Switch to feature/old-experiment: done. Looker now reports feature/old-experiment as the current branch.'
  )
  expect(await currentPanel()).toHaveTextContent('Current branch: feature/old-experiment')
  expectUnavailableBecause(
    'Switch to feature/old-experiment',
    'This is already the current branch.'
  )
  expect(calls(looker, 'update_git_branch')).toHaveLength(1)
})

test('switching is not offered to the production branch or another developer branch', async () => {
  const { user } = await openProject('marketing')
  await user.click(await branchButton('main'))
  expectUnavailableBecause('Switch to main', /checks out your personal branch instead/)
  await user.click(await branchButton(/^dev-grace-hopper/))
  expectUnavailableBecause(/^Switch to dev-grace-hopper/, 'This branch is read-only for you.')
  expectUnavailableBecause(/^Delete dev-grace-hopper/, 'Personal branches cannot be deleted.')
})

test('Looker refusing a checkout (422) is shown and the current branch stays', async () => {
  const { user, looker } = await openProject('ecommerce')
  looker.addFault({
    operation: 'update_git_branch',
    status: 422,
    message: 'JGIT Checkout Branch failed: Checkout conflict with files: views/orders.view.lkml',
    times: 1,
  })
  await user.click(await branchButton('feature/old-experiment'))
  await user.click(screen.getByRole('button', { name: 'Switch to feature/old-experiment' }))
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(
    'Switch to feature/old-experiment failed: JGIT Checkout Branch failed'
  )
  expect(
    within(alert).getByRole('link', { name: 'Looker documentation (HTTP 422)' })
  ).toBeInTheDocument()
  expect(await currentPanel()).toHaveTextContent('Current branch: feature/net-revenue')
})

test('a workspace switch queued behind a git action rebuilds the page with no stale updates', async () => {
  const errors = jest.spyOn(console, 'error')
  const { user, looker } = await openProject('ecommerce')
  await user.click(await branchButton('feature/old-experiment'))
  // The checkout holds the workspace lock and its re-read is slow: the switch waits behind both.
  looker.addFault({ operation: 'update_git_branch', delayMs: 100, times: 1 })
  looker.addFault({ operation: 'all_git_branches', delayMs: 400, times: 1 })
  await user.click(screen.getByRole('button', { name: 'Switch to feature/old-experiment' }))
  await user.click(screen.getByRole('switch', { name: 'Development Mode' }))
  // What a person sees once both are done: the page rebuilt in production, nothing of the
  // development read left over, no outcome of the checkout shown under a production page.
  expect(await screen.findByText(/Read-only: Production Mode is read-only/)).toBeInTheDocument()
  await waitFor(() => expect(currentPanelNow()).toHaveTextContent('main (production)'))
  expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Production')
  expect(screen.queryByRole('status', { name: 'Last action' })).not.toBeInTheDocument()
  const stale = errors.mock.calls.filter((c) => String(c[0]).includes('unmounted component'))
  expect(stale).toEqual([])
  errors.mockRestore()
})

const currentPanelNow = () => screen.getByRole('region', { name: 'Current branch' })

test('another tab leaving Development Mode right after a git action: the bar and the page follow', async () => {
  const { user, looker } = await openProject('ecommerce')
  looker.intercept('update_git_branch', async (_req, next) => {
    const res = await next()
    // The other tab, just after Looker answered.
    if (res.status === 200) looker.setUserWorkspace('ada', 'production')
    return res
  })
  await user.click(await branchButton('feature/old-experiment'))
  await user.click(screen.getByRole('button', { name: 'Switch to feature/old-experiment' }))
  await waitFor(() =>
    expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Production')
  )
  expect(await screen.findByText(/^Read-only:/)).toBeInTheDocument()
})

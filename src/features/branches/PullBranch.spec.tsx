/** Pull: offered only when it loses nothing, and re-checked before it resets. */
import { screen, within } from '@testing-library/react'
import {
  calls,
  currentPanel,
  expectUnavailableBecause,
  lastAction,
} from '../../../test/branchesPage'
import { clientFor, enter, fakeLooker, renderApp } from '../../../test/renderApp'

/** ecommerce with ada's feature/net-revenue 2 commits behind its remote and nothing local. */
async function behindRemote() {
  const looker = await fakeLooker()
  // ada hard-resets the branch to main (force-pushed), then grace resets the remote back to the
  // old head.
  const ada = clientFor(looker, 'ada')
  const grace = clientFor(looker, 'grace')
  await enter(ada, 'dev')
  const head = (await ada.get('/projects/ecommerce/git_branch')).body as { ref: string }
  await ada.call('PUT', '/projects/ecommerce/git_branch', {
    name: 'feature/net-revenue',
    ref: 'main',
  })
  await enter(grace, 'dev')
  await grace.call('PUT', '/projects/ecommerce/git_branch', { name: 'feature/net-revenue' })
  await grace.call('PUT', '/projects/ecommerce/git_branch', {
    name: 'feature/net-revenue',
    ref: head.ref,
  })
  const view = await renderApp({ looker, route: '/projects/ecommerce' })
  expect(await currentPanel()).toHaveTextContent('2 behind')
  return { ...view, looker, ada }
}

test('pull is offered only when it loses nothing, and brings the remote commits in', async () => {
  const { user } = await behindRemote()
  await user.click(screen.getByRole('button', { name: 'Pull remote changes' }))
  expect(await lastAction()).toHaveTextContent('Pull remote changes: done.')
  expect(await currentPanel()).toHaveTextContent('up to date')
  expectUnavailableBecause('Pull remote changes', 'Already up to date with the remote.')
})

test('changes made behind the page stop the pull, and the reset dialog shows what would be lost', async () => {
  const { user, looker } = await behindRemote()
  // ada edits a file in the Looker IDE in another tab: the page still offers Pull.
  looker.editFiles('ada', 'ecommerce', ['views/orders.view.lkml'])
  await user.click(screen.getByRole('button', { name: 'Pull remote changes' }))
  const dialog = await screen.findByRole('dialog')
  expect(dialog).toHaveTextContent('Reset feature/net-revenue to its remote?')
  expect(within(dialog).getByRole('list', { name: 'What would be lost' })).toHaveTextContent(
    'your uncommitted changes'
  )
  expect(calls(looker, 'reset_project_to_remote')).toHaveLength(0)
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Pull remote changes failed: Nothing was pulled: the branch changed since this page read it, and pulling would now discard your uncommitted changes.'
  )
  expect(await currentPanel()).toHaveTextContent('uncommitted changes')
})

test('a branch switched in another tab is not pulled', async () => {
  const { user, looker, ada } = await behindRemote()
  await ada.call('PUT', '/projects/ecommerce/git_branch', { name: 'feature/old-experiment' })
  await user.click(screen.getByRole('button', { name: 'Pull remote changes' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The branch changed since you confirmed (Looker now reports feature/old-experiment as the current branch), nothing was pulled.'
  )
  expect(calls(looker, 'reset_project_to_remote')).toHaveLength(0)
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(await currentPanel()).toHaveTextContent('Current branch: feature/old-experiment')
})

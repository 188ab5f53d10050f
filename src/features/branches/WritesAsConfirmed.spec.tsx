/**
 * Every git write re-reads Looker right before sending and sends nothing unless the session is in
 * Development Mode and the branch is the one, at the commit, the page showed when it was confirmed.
 */
import { screen, within } from '@testing-library/react'
import { clientFor, type FakeLooker } from '../../../test/renderApp'
import { openProject, branchButton, calls } from '../../../test/branchesPage'

const GIT_WRITES = ['create_git_branch', 'update_git_branch', 'delete_git_branch']
const writesSince = (looker: FakeLooker, from: number) =>
  looker.log.slice(from).filter((e) => GIT_WRITES.includes(e.operation ?? ''))

/** Ada's other Looker tab checks out `branch` of ecommerce. */
const otherTabChecksOut = (looker: FakeLooker, branch: string) =>
  clientFor(looker, 'ada').call('PUT', '/projects/ecommerce/git_branch', { name: branch })

test('switch: another tab checked out another branch since the page read it: nothing is switched', async () => {
  const { user, looker } = await openProject('ecommerce')
  await user.click(await branchButton('feature/old-experiment'))
  await otherTabChecksOut(looker, 'feature/typo')
  const from = looker.log.length
  await user.click(screen.getByRole('button', { name: 'Switch to feature/old-experiment' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Switch to feature/old-experiment failed: The branch changed since you confirmed (Looker now reports feature/typo as the current branch), nothing was switched.'
  )
  expect(writesSince(looker, from)).toEqual([])
})

test('create: the branch moved to another commit behind the page: nothing is created from it', async () => {
  const { user, looker } = await openProject('ecommerce')
  await screen.findByRole('region', { name: 'Current branch' })
  const main = looker.state.projects.ecommerce!.remote.main!
  await clientFor(looker, 'ada').call('PUT', '/projects/ecommerce/git_branch', { ref: main })
  const from = looker.log.length
  await user.type(screen.getByLabelText('New branch name'), 'feature/churn')
  await user.click(screen.getByRole('button', { name: 'Create and switch' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Create feature/churn failed: The branch changed since you confirmed (feature/net-revenue moved to another commit), nothing was created.'
  )
  expect(writesSince(looker, from)).toEqual([])
})

test('delete: another tab checked out another branch while the dialog was open: nothing is saved or deleted', async () => {
  const { user, looker } = await openProject('ecommerce')
  await user.click(await branchButton('feature/old-experiment'))
  await user.click(screen.getByRole('button', { name: 'Delete feature/old-experiment' }))
  const dialog = await screen.findByRole('dialog')
  await otherTabChecksOut(looker, 'feature/typo')
  const from = looker.log.length
  const name = within(dialog).queryByLabelText('Type feature/old-experiment to confirm')
  if (name) await user.type(name, 'feature/old-experiment')
  await user.click(within(dialog).getByRole('button', { name: 'Delete feature/old-experiment' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The branch changed since you confirmed (Looker now reports feature/typo as the current branch), nothing was deleted.'
  )
  expect(writesSince(looker, from)).toEqual([])
  expect(calls(looker, 'delete_git_branch')).toEqual([])
})

/** Deleting a branch: the confirmation, what cannot be deleted, Looker's refusals. */
import { screen, within } from '@testing-library/react'
import {
  openProject,
  branchButton,
  lastAction,
  calls,
  expectUnavailableBecause,
  ADA_PERSONAL,
} from '../../../test/branchesPage'

// The whole app over the fake Looker takes a few seconds to render on a cold start.
jest.setTimeout(30000)

test('deletes a branch after a confirmation that names it', async () => {
  const { user, looker } = await openProject('ecommerce')
  await user.click(await branchButton('feature/old-experiment'))
  await user.click(screen.getByRole('button', { name: 'Delete feature/old-experiment' }))
  const dialog = await screen.findByRole('dialog')
  expect(dialog).toHaveTextContent('Delete branch feature/old-experiment?')
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  expect(calls(looker, 'delete_git_branch')).toHaveLength(0)
  await user.click(screen.getByRole('button', { name: 'Delete feature/old-experiment' }))
  await user.click(
    within(await screen.findByRole('dialog')).getByRole('button', {
      name: 'Delete feature/old-experiment',
    })
  )
  expect(await lastAction()).toHaveTextContent('Delete feature/old-experiment: done.')
  expect(screen.queryByRole('button', { name: 'feature/old-experiment' })).not.toBeInTheDocument()
})

test('the current, production and personal branches cannot be deleted', async () => {
  const { user } = await openProject('ecommerce')
  await user.click(await branchButton('feature/net-revenue'))
  expectUnavailableBecause('Delete feature/net-revenue', /switch to another first/)
  await user.click(await branchButton('main'))
  expectUnavailableBecause('Delete main', 'The production branch cannot be deleted.')
  await user.click(await branchButton(ADA_PERSONAL))
  expectUnavailableBecause(/^Delete dev-ada-lovelace/, 'Personal branches cannot be deleted.')
})

test.each([
  [403, 'You do not have permission to delete branches'],
  [404, 'Branch feature/old-experiment not found'],
])('a %s from Looker on delete is shown with its message', async (status, message) => {
  const { user, looker } = await openProject('ecommerce')
  looker.addFault({ operation: 'delete_git_branch', status, message, times: 1 })
  await user.click(await branchButton('feature/old-experiment'))
  await user.click(screen.getByRole('button', { name: 'Delete feature/old-experiment' }))
  await user.click(
    within(await screen.findByRole('dialog')).getByRole('button', {
      name: 'Delete feature/old-experiment',
    })
  )
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(`Delete feature/old-experiment failed: ${message}`)
  expect(
    within(alert).getByRole('link', { name: `Looker documentation (HTTP ${status})` })
  ).toBeInTheDocument()
  expect(await branchButton('feature/old-experiment')).toBeInTheDocument()
})

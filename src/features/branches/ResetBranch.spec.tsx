/** Resetting the current branch: what is lost, the backup, the typed name, and a branch that changed behind the page. */
import { screen, waitFor, within } from '@testing-library/react'
import { clientFor, renderApp, type FakeLooker } from '../../../test/renderApp'
import { openProject, currentPanel, branchRow, lastAction, calls } from '../../../test/branchesPage'

test('reset to remote: shows what is lost, saves a backup, asks for the name, then resets', async () => {
  const { user, looker } = await openProject('finance')
  await user.click(await screen.findByRole('button', { name: 'Reset to remote…' }))
  const dialog = await screen.findByRole('dialog')
  expect(within(dialog).getByRole('list', { name: 'What would be lost' })).toHaveTextContent(
    '2 commits not on the remote'
  )
  const confirm = within(dialog).getByRole('button', { name: 'Reset to its remote' })
  expect(confirm).toHaveAccessibleDescription('Type feature/q4-close to confirm.')
  await user.clear(within(dialog).getByLabelText('Backup branch name'))
  await user.type(within(dialog).getByLabelText('Backup branch name'), 'backup/q4-close')
  await user.type(
    within(dialog).getByLabelText('Type feature/q4-close to confirm'),
    'feature/q4-clos'
  )
  await user.click(confirm)
  expect(calls(looker, 'create_git_branch')).toHaveLength(0)
  await user.type(within(dialog).getByLabelText('Type feature/q4-close to confirm'), 'e')
  await user.click(confirm)
  expect(await lastAction()).toHaveTextContent(
    'Reset feature/q4-close to its remote: done. Looker now reports feature/q4-close as the current branch.'
  )
  expect(await currentPanel()).toHaveTextContent('up to date')
  // The backup keeps the two local commits; current Looker pushes a new branch, so they are on
  // the remote too.
  expect(await branchRow('backup/q4-close')).toHaveTextContent('up to date')
  expect(
    looker.log.map((e) => e.operation).filter((o) => /git_branch$|reset/.test(o ?? ''))
  ).toEqual(['create_git_branch', 'update_git_branch', 'reset_project_to_remote'])
})

test('a failed backup stops the reset', async () => {
  const { user, looker } = await openProject('finance')
  looker.addFault({
    operation: 'create_git_branch',
    status: 409,
    message: 'Branch exists',
    times: 1,
  })
  await user.click(await screen.findByRole('button', { name: 'Reset to remote…' }))
  const dialog = await screen.findByRole('dialog')
  await user.type(
    within(dialog).getByLabelText('Type feature/q4-close to confirm'),
    'feature/q4-close'
  )
  await user.click(within(dialog).getByRole('button', { name: 'Reset to its remote' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    /Could not save the backup branch .*, nothing was reset: Branch exists/
  )
  expect(calls(looker, 'reset_project_to_remote')).toHaveLength(0)
  expect(await currentPanel()).toHaveTextContent('2 ahead, 1 behind')
})

test('reset to production with uncommitted changes: no backup possible, changes gone after', async () => {
  const { user } = await openProject('marketing')
  expect(await currentPanel()).toHaveTextContent('uncommitted changes')
  await user.click(screen.getByRole('button', { name: 'Reset to production…' }))
  const dialog = await screen.findByRole('dialog')
  expect(within(dialog).getByRole('list', { name: 'What would be lost' })).toHaveTextContent(
    'your uncommitted changes'
  )
  expect(within(dialog).getByRole('checkbox', { name: /backup branch/ })).toBeDisabled()
  const name = within(dialog).getByText(/^Type dev-ada-lovelace-\w{4} to confirm$/).textContent!
  await user.type(within(dialog).getByLabelText(name), name.split(' ')[1]!)
  await user.click(within(dialog).getByRole('button', { name: 'Reset to production' }))
  expect(await lastAction()).toHaveTextContent('done')
  await waitFor(async () =>
    expect(await currentPanel()).not.toHaveTextContent('uncommitted changes')
  )
})

test.each([
  [
    'uncommitted changes made in another tab',
    (looker: FakeLooker) => looker.editFiles('ada', 'finance', ['views/ledger.view.lkml']),
    'feature/q4-close now has uncommitted changes',
  ],
  [
    'the branch moved in another tab',
    async (looker: FakeLooker) => {
      const ada = clientFor(looker, 'ada')
      await ada.call('PUT', '/projects/finance/git_branch', {
        name: 'feature/q4-close',
        ref: 'scratch/ada-notes',
      })
    },
    'feature/q4-close moved to another commit',
  ],
])('nothing is saved or reset after %s', async (_, change, reason) => {
  const { user, looker } = await renderApp({ workspace: 'dev', route: '/projects/finance' })
  await user.click(await screen.findByRole('button', { name: 'Reset to remote…' }))
  const dialog = await screen.findByRole('dialog')
  await change(looker)
  const before = looker.log.length
  await user.type(
    within(dialog).getByLabelText('Type feature/q4-close to confirm'),
    'feature/q4-close'
  )
  await user.click(within(dialog).getByRole('button', { name: 'Reset to its remote' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    `The branch changed since you confirmed (${reason}), nothing was reset.`
  )
  const changes = ['create_git_branch', 'update_git_branch', 'reset_project_to_remote']
  expect(looker.log.slice(before).filter((e) => changes.includes(e.operation ?? ''))).toEqual([])
})

test('a reset that loses nothing says so instead of an empty list', async () => {
  const { user } = await openProject('ecommerce')
  expect(await currentPanel()).toHaveTextContent('up to date')
  await user.click(screen.getByRole('button', { name: 'Reset to remote…' }))
  const dialog = await screen.findByRole('dialog')
  expect(within(dialog).getByRole('list', { name: 'What would be lost' })).toHaveTextContent(
    'Nothing that is not already on the remote.'
  )
})

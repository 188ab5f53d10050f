/** Deleting a branch: the confirmation, what cannot be deleted, Looker's refusals. */
import { screen, waitFor, within } from '@testing-library/react'
import {
  openProject,
  branchButton,
  lastAction,
  calls,
  expectUnavailableBecause,
  ADA_PERSONAL,
} from '../../../test/branchesPage'
import { renderApp } from '../../../test/renderApp'

type User = Awaited<ReturnType<typeof openProject>>['user']

/** Types the name (the branch's commits are nowhere else) and confirms, with or without backup. */
async function confirmDelete(user: User, name: string, { backup }: { backup: boolean }) {
  const dialog = await screen.findByRole('dialog')
  const keep = within(dialog).getByRole('checkbox', {
    name: 'First save its commits in a backup branch',
  })
  if (!backup) await user.click(keep)
  await user.type(within(dialog).getByLabelText(`Type ${name} to confirm`), name)
  await user.click(within(dialog).getByRole('button', { name: `Delete ${name}` }))
}

test('two Enter presses do not delete: the dialog opens with focus on Cancel', async () => {
  const { user, looker } = await openProject('finance')
  await user.click(await branchButton('scratch/ada-notes'))
  screen.getByRole('button', { name: 'Delete scratch/ada-notes' }).focus()
  await user.keyboard('{Enter}')
  const dialog = await screen.findByRole('dialog')
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus())
  await user.keyboard('{Enter}')
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  expect(calls(looker, 'delete_git_branch')).toHaveLength(0)
})

test('a local-only branch: says it is only in the development copy, asks for the name, saves a backup', async () => {
  const { user, looker } = await openProject('finance')
  await user.click(await branchButton('scratch/ada-notes'))
  await user.click(screen.getByRole('button', { name: 'Delete scratch/ada-notes' }))
  const dialog = await screen.findByRole('dialog')
  expect(dialog).toHaveTextContent(
    'Looker deletes scratch/ada-notes from your development copy. It is not on the remote repository, so nothing is deleted there.'
  )
  expect(dialog).not.toHaveTextContent(/from the remote/)
  expect(within(dialog).getByRole('list', { name: 'What would be lost' })).toHaveTextContent(
    /every commit that is only on scratch\/ada-notes/i
  )
  const confirm = within(dialog).getByRole('button', { name: 'Delete scratch/ada-notes' })
  expect(confirm).toHaveAccessibleDescription('Type scratch/ada-notes to confirm.')
  const backup = within(dialog).getByLabelText('Backup branch name')
  await user.clear(backup)
  await user.type(backup, 'backup/notes')
  await user.type(
    within(dialog).getByLabelText('Type scratch/ada-notes to confirm'),
    'scratch/ada-notes'
  )
  await user.click(confirm)
  expect(await lastAction()).toHaveTextContent(
    'Delete scratch/ada-notes: done. Looker now reports feature/q4-close as the current branch.'
  )
  expect(screen.queryByRole('button', { name: 'scratch/ada-notes' })).not.toBeInTheDocument()
  expect(await branchButton('backup/notes')).toBeInTheDocument()
  expect(looker.log.map((e) => e.operation).filter((o) => /git_branch$/.test(o ?? ''))).toEqual([
    'create_git_branch',
    'update_git_branch',
    'delete_git_branch',
  ])
})

test('a branch on the remote: the dialog says it is deleted in both places', async () => {
  const { user } = await openProject('ecommerce')
  await user.click(await branchButton('feature/old-experiment'))
  await user.click(screen.getByRole('button', { name: 'Delete feature/old-experiment' }))
  expect(await screen.findByRole('dialog')).toHaveTextContent(
    'Looker deletes feature/old-experiment from your development copy and from the remote repository.'
  )
})

test('deletes a branch after a confirmation that names it', async () => {
  const { user, looker } = await openProject('ecommerce')
  await user.click(await branchButton('feature/old-experiment'))
  await user.click(screen.getByRole('button', { name: 'Delete feature/old-experiment' }))
  const dialog = await screen.findByRole('dialog')
  expect(dialog).toHaveTextContent('Delete branch feature/old-experiment?')
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  expect(calls(looker, 'delete_git_branch')).toHaveLength(0)
  await user.click(screen.getByRole('button', { name: 'Delete feature/old-experiment' }))
  await confirmDelete(user, 'feature/old-experiment', { backup: false })
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
  await confirmDelete(user, 'feature/old-experiment', { backup: false })
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(`Delete feature/old-experiment failed: ${message}`)
  expect(
    within(alert).getByRole('link', { name: `Looker documentation (HTTP ${status})` })
  ).toBeInTheDocument()
  expect(await branchButton('feature/old-experiment')).toBeInTheDocument()
})

test('a git status the app cannot read counts as possibly uncommitted: no backup is offered', async () => {
  const { user } = await renderApp({
    workspace: 'dev',
    route: '/projects/finance',
    beforeMount: (looker) =>
      looker.intercept('project_workspace', async (req, next) => {
        const res = await next()
        const body = res.body as Record<string, unknown>
        return { ...res, body: { ...body, git_status: 'something new' } }
      }),
  })
  await user.click(await branchButton('scratch/ada-notes'))
  await user.click(screen.getByRole('button', { name: 'Delete scratch/ada-notes' }))
  const dialog = await screen.findByRole('dialog')
  expect(dialog).toHaveTextContent(
    'Looker refuses to create a branch while there are uncommitted changes: commit them in the Looker IDE first.'
  )
})

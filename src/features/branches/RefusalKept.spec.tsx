/**
 * A refusal is never lost when the page changes mode: another tab leaves Development Mode during a
 * reset with a backup; the page turns read-only, and still says what happened and what Looker said.
 */
import { screen, within } from '@testing-library/react'
import { openProject, calls } from '../../../test/branchesPage'

async function resetWithBackup(user: Awaited<ReturnType<typeof openProject>>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Reset to remote…' }))
  const dialog = await screen.findByRole('dialog')
  await user.clear(within(dialog).getByLabelText('Backup branch name'))
  await user.type(within(dialog).getByLabelText('Backup branch name'), 'backup/q4-close')
  await user.type(
    within(dialog).getByLabelText('Type feature/q4-close to confirm'),
    'feature/q4-close'
  )
  await user.click(within(dialog).getByRole('button', { name: 'Reset to its remote' }))
}

test('another tab leaves Development Mode just before the reset reaches Looker: Looker’s refusal and the backup are still said', async () => {
  const { user, looker } = await openProject('finance')
  looker.intercept('reset_project_to_remote', (_req, next) => {
    looker.setUserWorkspace('ada', 'production') // the other tab, just before Looker gets it
    return next()
  })
  await resetWithBackup(user)
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(
    'Reset feature/q4-close to its remote failed: Saved backup/q4-close and switched back to feature/q4-close, but Looker refused the reset:'
  )
  expect(
    within(alert).getByRole('link', { name: /Looker documentation \(HTTP 4\d\d\)/ })
  ).toBeVisible()
  // The page follows Looker into production, read-only, and the refusal stays in view.
  expect(await screen.findByText(/^Read-only:/)).toBeInTheDocument()
  expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Production')
  expect(screen.getByRole('alert')).toHaveTextContent('Saved backup/q4-close')
})

test('another tab leaves Development Mode while the backup is saved: nothing is reset, and the page says so in production', async () => {
  const { user, looker } = await openProject('finance')
  looker.intercept('update_git_branch', async (_req, next) => {
    const answer = await next()
    looker.setUserWorkspace('ada', 'production') // right after the switch back to the branch
    return answer
  })
  await resetWithBackup(user)
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Your session left Development Mode since you confirmed (Looker now reports production), saved backup/q4-close and switched back to feature/q4-close, nothing was reset.'
  )
  expect(await screen.findByText(/^Read-only:/)).toBeInTheDocument()
  expect(screen.getByRole('alert')).toHaveTextContent('nothing was reset')
  expect(calls(looker, 'reset_project_to_remote')).toEqual([])
})

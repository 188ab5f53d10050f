/**
 * Projects and git in a real browser: a project with uncommitted changes refuses a new branch; on a clean
 * project, create a branch, switch away and back to it, then delete the old branch after the
 * confirmation dialog. Runs on its own emulator because it changes the demo repository.
 */
import type { FrameLocator, Locator } from 'playwright-core'
import { expectAccessible } from './axe'
import { extension } from './app'
import { expectContains, expectInView, expectNotCut } from './expect'
import type { Flow } from './flows'

function select(frame: FrameLocator, branch: string) {
  return frame
    .getByRole('table', { name: 'Branches' })
    .getByRole('button', { name: branch, exact: true })
    .click()
}

/** The action's status, inside `where` (the part of the page whose control started it). */
async function lastAction(where: FrameLocator | Locator, text: string) {
  const status = where.getByRole('status', { name: 'Last action' })
  await expectContains(status, text)
  await expectInView(status)
}

export const projectsFlow: Flow = {
  name: 'projects-create-switch-delete-branch',
  emulator: {},
  async run({ page, emulator }) {
    emulator.looker!.setUserWorkspace('ada', 'dev')
    // The narrowest width Looker's layout is checked at: the dialogs' labels must fit it.
    await page.setViewportSize({ width: 1024, height: 800 })
    const frame = extension(page)
    await page.goto(emulator.extensionUrl('/projects/marketing'))
    await expectContains(
      frame.getByRole('region', { name: 'Current branch' }),
      'uncommitted changes'
    )
    await frame.getByLabel('New branch name').fill('feature/e2e-flow')
    await frame.getByRole('button', { name: 'Create and switch' }).click()
    await expectContains(frame.getByRole('alert'), 'Commit or discard your uncommitted changes')
    await expectAccessible(page, 'a project with uncommitted changes and an error')
    // The reset dialog with uncommitted changes: the backup is unavailable and says why.
    await frame.getByRole('button', { name: 'Reset to production…' }).click()
    await expectContains(frame.getByRole('dialog'), 'commit them in the Looker IDE first')
    await expectNotCut(
      frame.getByRole('dialog').getByText('First save the current commits in a backup branch')
    )
    await expectAccessible(page, 'the reset dialog with uncommitted changes')
    // The browser's modal dialog: Escape cancels it and focus goes back to its opener.
    await page.keyboard.press('Escape')
    await expectContains(frame.locator('button:focus'), 'Reset to production…')
    if (await frame.getByRole('dialog').count()) throw new Error('Escape left the dialog open')

    await frame.getByRole('link', { name: 'All projects' }).click()
    await expectContains(frame.getByRole('row', { name: /^marketing/ }), 'Uncommitted changes')
    await expectAccessible(page, 'the projects page')
    await frame.getByRole('link', { name: 'ecommerce', exact: true }).click()
    await expectContains(
      frame.getByRole('region', { name: 'Current branch' }),
      'feature/net-revenue'
    )

    await frame.getByLabel('New branch name').fill('feature/e2e-flow')
    await frame.getByRole('button', { name: 'Create and switch' }).click()
    await lastAction(
      frame.getByRole('group', { name: 'Create a branch' }),
      'Looker now reports feature/e2e-flow as the current branch'
    )
    await select(frame, 'feature/net-revenue')
    await frame.getByRole('button', { name: 'Switch to feature/net-revenue' }).click()
    await lastAction(
      frame.getByRole('region', { name: 'Branch feature/net-revenue' }),
      'Looker now reports feature/net-revenue as the current branch'
    )
    await frame.getByRole('button', { name: 'Reset to remote…' }).click()
    await expectContains(frame.getByRole('dialog'), 'Reset feature/net-revenue to its remote?')
    await expectNotCut(
      frame.getByRole('dialog').getByText('First save the current commits in a backup branch')
    )
    await expectAccessible(page, 'the reset dialog')
    await frame.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
    await select(frame, 'feature/e2e-flow')
    await frame.getByRole('button', { name: 'Switch to feature/e2e-flow' }).click()
    await lastAction(
      frame.getByRole('region', { name: 'Branch feature/e2e-flow' }),
      'Looker now reports feature/e2e-flow as the current branch'
    )

    // A branch whose commits are on no other branch: the dialog offers a backup.
    await select(frame, 'feature/old-experiment')
    await frame.getByRole('button', { name: 'Delete feature/old-experiment' }).click()
    const dialog = frame.getByRole('dialog')
    await expectNotCut(dialog.getByText('First save its commits in a backup branch'))
    await dialog.getByRole('button', { name: 'Cancel' }).click()

    await select(frame, 'feature/net-revenue')
    await frame.getByRole('button', { name: 'Delete feature/net-revenue' }).click()
    await expectContains(dialog, 'Delete branch feature/net-revenue?')
    await expectAccessible(page, 'the delete dialog')
    await dialog.getByRole('button', { name: 'Delete feature/net-revenue' }).click()
    await lastAction(frame, 'Delete feature/net-revenue: done')
    await frame
      .getByRole('table', { name: 'Branches' })
      .getByRole('button', { name: 'feature/net-revenue', exact: true })
      .waitFor({ state: 'detached' })
  },
}

/**
 * A refusal is never lost when the page changes mode: reset with a backup while another Looker
 * tab leaves Development Mode just before the reset reaches Looker. The page turns read-only and
 * still says what Looker refused, and that the backup was saved and checked out.
 */
export const resetRefusalKeptFlow: Flow = {
  name: 'projects-reset-refused-after-leaving-development-mode-is-still-said',
  emulator: {},
  async run({ page, emulator }) {
    const looker = emulator.looker!
    looker.setUserWorkspace('ada', 'dev')
    looker.intercept('reset_project_to_remote', (_req, next) => {
      looker.setUserWorkspace('ada', 'production') // the other tab, just before Looker gets it
      return next()
    })
    const frame = extension(page)
    await page.goto(emulator.extensionUrl('/projects/finance'))
    await frame.getByRole('button', { name: 'Reset to remote…' }).click()
    const dialog = frame.getByRole('dialog')
    await dialog.getByLabel('Backup branch name').fill('backup/q4-close')
    await dialog.getByLabel('Type feature/q4-close to confirm').fill('feature/q4-close')
    await dialog.getByRole('button', { name: 'Reset to its remote' }).click()
    await expectContains(frame.getByText(/^Read-only:/), 'Production Mode is read-only')
    await expectContains(
      frame.getByRole('alert'),
      'Saved backup/q4-close and switched back to feature/q4-close, but Looker refused the reset'
    )
    await expectAccessible(page, 'the project page after a refused reset, now in production')
  },
}

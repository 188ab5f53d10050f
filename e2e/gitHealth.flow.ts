/**
 * The git health page in a real browser: from the projects page to every project's old branches,
 * a dry run that starts on Cancel and deletes nothing, then a confirmed clean-up with backups and
 * its report. Runs on its own emulator because it changes the demo repositories.
 */
import { expectAccessible } from './axe'
import { extension } from './app'
import { expectContains, TIMEOUT_MS } from './expect'
import type { Flow } from './flows'

export const gitHealthFlow: Flow = {
  name: 'git-health-dry-run-and-clean-up',
  emulator: {},
  async run({ page, emulator }) {
    emulator.looker!.setUserWorkspace('ada', 'dev')
    await page.setViewportSize({ width: 1024, height: 800 })
    const frame = extension(page)
    await page.goto(emulator.extensionUrl('/'))
    await frame.getByRole('link', { name: /Git health/ }).click()
    const table = frame.getByRole('table', { name: 'Old branches' })
    await table.waitFor()
    await expectContains(frame.getByRole('status', { name: 'Branch count' }), 'shown of')
    await frame.getByRole('combobox', { name: 'Kind' }).selectOption('shared')
    const pick = (name: string) => frame.getByRole('checkbox', { name }).check()
    await pick('Select feature/old-experiment in ecommerce')
    await pick('Select scratch/ada-notes in finance')
    await expectAccessible(page, 'the git health page with two branches selected')

    await frame.getByRole('button', { name: 'Review deletion of 2 branches' }).click()
    const dialog = frame.getByRole('dialog')
    await expectContains(dialog, 'from your development copy and from the remote repository')
    await expectContains(dialog, 'It is not on the remote repository, so nothing is deleted there')
    await expectAccessible(page, 'the clean-up dry run')
    // Focus starts on Cancel: Enter cancels, and nothing is deleted.
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'detached', timeout: TIMEOUT_MS })
    const deletes = () =>
      emulator.looker!.log.filter((e) => e.operation === 'delete_git_branch').length
    if (deletes() !== 0) throw new Error('the dry run deleted a branch')

    await frame.getByRole('button', { name: 'Review deletion of 2 branches' }).click()
    await dialog.getByLabel('Type delete 2 branches to confirm').fill('delete 2 branches')
    await dialog.getByRole('button', { name: 'Delete 2 branches' }).click()
    const report = frame.getByRole('region', { name: 'Clean-up report' })
    await expectContains(report, 'Clean-up report: 2 branches deleted')
    await expectContains(report, 'its commits saved in backup/scratch/ada-notes-')
    await expectAccessible(page, 'the clean-up report')
    if (deletes() !== 2) throw new Error(`expected 2 deletes, Looker saw ${deletes()}`)
  },
}

/**
 * Git Diagnose & Repair in a real browser: inventory's stale lock file found, the repair dialog
 * starting on Cancel (Enter repairs nothing), then repaired.
 */
export const gitDiagnoseFlow: Flow = {
  name: 'git-health-diagnose-and-repair',
  emulator: {},
  async run({ page, emulator }) {
    emulator.looker!.setUserWorkspace('ada', 'dev')
    const frame = extension(page)
    await page.goto(emulator.extensionUrl('/git'))
    await frame.getByRole('table', { name: 'Old branches' }).waitFor()
    await frame.getByRole('combobox', { name: 'Project' }).selectOption('inventory')
    await frame.getByRole('button', { name: 'Diagnose' }).click()
    const checks = frame.getByRole('list', { name: 'Git diagnostic checks' })
    await expectContains(checks, 'Stale lock files: found')
    await expectAccessible(page, 'the diagnostic checks of inventory')
    const repairs = () =>
      emulator.looker!.log.filter((e) => e.operation === 'repair_git_diagnostic_report').length
    await frame.getByRole('button', { name: 'Repair…' }).click()
    const dialog = frame.getByRole('dialog')
    await expectContains(dialog, 'recovery branch')
    await expectAccessible(page, 'the repair confirmation')
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'detached', timeout: TIMEOUT_MS })
    if (repairs() !== 0) throw new Error('Enter on the repair dialog repaired')
    await frame.getByRole('button', { name: 'Repair…' }).click()
    await dialog.getByRole('button', { name: 'Repair' }).click()
    await expectContains(checks, 'Stale lock files: repaired')
    if (repairs() !== 1) throw new Error(`expected 1 repair, Looker saw ${repairs()}`)
  },
}

/**
 * Git as real Looker answers it (docs/looker-api-behaviour.md "Git as recorded"), in a real
 * browser: a workspace answer naming no branch (the app reads git_branch), a locked development
 * repository, remote-only branches without counts, a new branch pushed or its push refused.
 */
import { expectAccessible } from './axe'
import { extension } from './app'
import { expectContains } from './expect'
import type { Flow } from './flows'

export const gitRecordedFlow: Flow = {
  name: 'git-as-recorded',
  emulator: {
    fakeLooker: {
      seed: 'demo',
      sessionMode: 'ui',
      behaviour: { workspaceBranch: 'null', gitDevLocked: ['finance'] },
    },
  },
  async run({ page, emulator }) {
    const looker = emulator.looker!
    looker.setUserWorkspace('ada', 'dev')
    const frame = extension(page)
    await page.goto(emulator.extensionUrl('/'))
    // No branch in project_workspace: the row shows the one git_branch reads, not "No git".
    const ecommerce = frame.getByRole('row', { name: /^ecommerce/ })
    await expectContains(ecommerce, 'feature/net-revenue (shared)')
    if ((await ecommerce.textContent())?.includes('No git')) {
      throw new Error('a git project was shown as "No git"')
    }
    await expectContains(frame.getByRole('row', { name: /^sandbox/ }), 'No git')
    await expectContains(frame.getByRole('row', { name: /^finance/ }), 'Repository locked')

    await frame.getByRole('link', { name: 'finance', exact: true }).click()
    await expectContains(frame.getByText(/^Read-only:/), 'development git repository as locked')
    const create = frame.getByRole('button', { name: 'Create and switch' })
    if ((await create.getAttribute('aria-disabled')) !== 'true') {
      throw new Error('a locked repository offered to create a branch')
    }
    await expectAccessible(page, 'a locked repository')

    await page.goto(emulator.extensionUrl('/projects/ecommerce'))
    const typo = frame
      .getByRole('table', { name: 'Branches' })
      .getByRole('row')
      .filter({ has: frame.getByRole('button', { name: 'feature/typo', exact: true }) })
    await expectContains(typo, 'no local copy')

    // Current Looker pushes a new branch; when git refuses the push, Looker's words are shown.
    looker.setBehaviour({ createBranch: 'push-refused' })
    await frame.getByLabel('New branch name').fill('tmp_e2e')
    await create.click()
    await expectContains(frame.getByRole('alert'), 'failed to push some refs')
    looker.setBehaviour({ createBranch: 'push' })
    await frame.getByLabel('New branch name').fill('feature/e2e-pushed')
    await create.click()
    await expectContains(
      frame.getByRole('region', { name: 'Current branch' }),
      'feature/e2e-pushed'
    )
    const pushed = frame
      .getByRole('table', { name: 'Branches' })
      .getByRole('row')
      .filter({ has: frame.getByRole('button', { name: 'feature/e2e-pushed', exact: true }) })
    await expectContains(pushed, 'up to date')
  },
}

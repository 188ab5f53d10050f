/**
 * Git answers real Looker gives that the fake's happy path did not (docs/looker-api-behaviour.md
 * "Git as recorded"): a workspace answer naming no branch, remote-only branches, a new branch
 * pushed (or its push refused), a locked development repository. Each is switched on with the
 * fake's knob or version profile, and the app must show it as it is.
 */
import { screen, waitFor, within } from '@testing-library/react'
import type { FakeLookerOptions } from '../dev/fake-looker/types'
import { branchButton, branchRow, currentPanel, expectUnavailableBecause } from './branchesPage'
import { fakeLooker, renderApp } from './renderApp'

async function devLooker(options: FakeLookerOptions = {}) {
  const looker = await fakeLooker({ lookerOptions: options })
  looker.setUserWorkspace('ada', 'dev')
  return looker
}

/** The projects table's row of `name`, once its state is read. */
async function projectRow(name: string): Promise<HTMLElement> {
  let found: HTMLElement | undefined
  await waitFor(() => {
    found = screen
      .getAllByRole('row')
      .find((r) => within(r).queryByRole('link', { name, exact: true }))
    expect(found).toBeDefined()
    expect(within(found!).queryByRole('status', { name: /^Reading/ })).not.toBeInTheDocument()
  })
  return found!
}

describe('a workspace answer that names no branch', () => {
  test('a git project shows the branch git_branch reads, not "No git"; a project without git still says "No git"', async () => {
    const looker = await devLooker({ behaviour: { workspaceBranch: 'null' } })
    await renderApp({ looker })
    const ecommerce = await projectRow('ecommerce')
    expect(ecommerce).toHaveTextContent('feature/net-revenue (shared)')
    expect(ecommerce).toHaveTextContent('Up to date')
    expect(ecommerce).not.toHaveTextContent('No git')
    expect(await projectRow('finance')).toHaveTextContent('2 commits ahead, 1 behind')
    expect(await projectRow('sandbox')).toHaveTextContent('No git')
  })

  test("the project's page names the current branch and offers its actions", async () => {
    const looker = await devLooker({ behaviour: { workspaceBranch: 'null' } })
    await renderApp({ looker, route: '/projects/finance' })
    expect(await currentPanel()).toHaveTextContent('Current branch: feature/q4-close (shared)')
    expect(await currentPanel()).toHaveTextContent('2 ahead, 1 behind')
    expect(screen.getByRole('button', { name: 'Reset to remote…' })).not.toHaveAttribute(
      'aria-disabled',
      'true'
    )
  })
})

test('remote-only branches: Looker gives no counts, so none is claimed ("no local copy", not "up to date")', async () => {
  await renderApp({ looker: await devLooker(), route: '/projects/ecommerce' })
  const typo = await branchRow('feature/typo')
  expect(typo).toHaveTextContent('remote only')
  expect(typo).toHaveTextContent('no local copy')
  expect(typo).not.toHaveTextContent('up to date')
  // A branch both local and pushed still has its counts.
  expect(await branchRow('feature/net-revenue')).toHaveTextContent('up to date')
})

describe('creating a branch, by Looker version', () => {
  async function create(options: FakeLookerOptions, name: string) {
    const { user } = await renderApp({
      looker: await devLooker(options),
      route: '/projects/ecommerce',
    })
    await currentPanel()
    await user.type(screen.getByLabelText('New branch name'), name)
    await user.click(screen.getByRole('button', { name: 'Create and switch' }))
  }

  test('22.x-style (24 profile): the new branch is local only', async () => {
    await create({ lookerVersion: '24' }, 'feature/churn')
    await waitFor(async () =>
      expect(await currentPanel()).toHaveTextContent('Current branch: feature/churn')
    )
    expect(await branchRow('feature/churn')).toHaveTextContent('current · local only')
  })

  test('current Looker pushes it: on the remote and up to date', async () => {
    await create({ lookerVersion: '26' }, 'feature/churn')
    await waitFor(async () =>
      expect(await currentPanel()).toHaveTextContent('Current branch: feature/churn')
    )
    const row = await branchRow('feature/churn')
    expect(row).toHaveTextContent('up to date')
    expect(row).not.toHaveTextContent('local only')
  })

  test("a refused push: Looker's 422 with git's words, line by line, and the branch stays", async () => {
    await create({ behaviour: { createBranch: 'push-refused' } }, 'tmp_b26d')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      "Create tmp_b26d failed: error: src refspec tmp_b26d does not match any error: failed to push some refs to 'github.com:acme-analytics/ecommerce.git'"
    )
    expect(within(alert).getByText(/^error: src refspec/)).toHaveStyle({ whiteSpace: 'pre-line' })
    expect(
      within(alert).getByRole('link', { name: 'Looker documentation (HTTP 422)' })
    ).toBeInTheDocument()
    expect(await currentPanel()).toHaveTextContent('Current branch: feature/net-revenue')
    expect(
      within(screen.getByRole('table', { name: 'Branches' })).queryByRole('button', {
        name: 'tmp_b26d',
      })
    ).not.toBeInTheDocument()
  })
})

describe('a locked development repository (is_git_dev_locked, 26.12+)', () => {
  const locked = /development git repository as locked: every git action fails/

  test('the projects overview shows it locked', async () => {
    await renderApp({ looker: await devLooker({ behaviour: { gitDevLocked: ['finance'] } }) })
    expect(await projectRow('finance')).toHaveTextContent('Repository locked')
    expect(await projectRow('ecommerce')).not.toHaveTextContent('locked')
  })

  test("the project's page: locked, and every git action unavailable with the reason", async () => {
    const looker = await devLooker({ behaviour: { gitDevLocked: ['finance'] } })
    const { user } = await renderApp({ looker, route: '/projects/finance' })
    expect(await screen.findByText(/^Read-only: /)).toHaveTextContent(locked)
    await currentPanel()
    for (const action of ['Pull remote changes', 'Reset to remote…', 'Reset to production…']) {
      expectUnavailableBecause(action, locked)
    }
    expectUnavailableBecause('Create and switch', locked)
    expect(screen.getByLabelText('New branch name')).toBeDisabled()
    await user.click(await branchButton('scratch/ada-notes'))
    expectUnavailableBecause('Switch to scratch/ada-notes', locked)
    expectUnavailableBecause('Delete scratch/ada-notes', locked)
    const writes = ['create_git_branch', 'update_git_branch', 'delete_git_branch']
    expect(looker.log.filter((e) => writes.includes(e.operation ?? ''))).toEqual([])
  })

  test('older Looker does not say: nothing is shown as locked, and Looker has the last word', async () => {
    const looker = await devLooker({
      lookerVersion: '25',
      behaviour: { gitDevLocked: ['finance'] },
    })
    const { user } = await renderApp({ looker, route: '/projects/finance' })
    await currentPanel()
    expect(screen.queryByText(locked)).not.toBeInTheDocument()
    await user.type(screen.getByLabelText('New branch name'), 'feature/x')
    await user.click(screen.getByRole('button', { name: 'Create and switch' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Create feature/x failed: Git repository is locked'
    )
  })
})

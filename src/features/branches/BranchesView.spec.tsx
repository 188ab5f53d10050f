import { screen, waitFor, within } from '@testing-library/react'
import { createFakeLooker } from '../../../dev/fake-looker'
import { clientFor, enter } from '../../../dev/fake-looker/testing'
import type { FakeLooker } from '../../../dev/fake-looker/types'
import { renderApp } from '../../../test/renderApp'

// The whole app over the fake Looker takes a few seconds to render on a cold start.
jest.setTimeout(30000)

const ADA_PERSONAL = /^dev-ada-lovelace-\w{4}$/

async function open(
  projectId: string,
  options: { workspace?: 'dev' | 'production'; user?: string } = {}
) {
  const looker = await createFakeLooker({ seed: 'demo', sessionMode: 'ui' })
  const user = options.user ?? 'ada'
  looker.setUserWorkspace(user, options.workspace ?? 'dev')
  const view = await renderApp({ looker, user, route: `/projects/${projectId}` })
  return view
}

const current = () => screen.findByRole('region', { name: 'Current branch' })
/** The branch's select button in the table. */
const branchButton = async (name: string | RegExp) =>
  within(await screen.findByRole('table', { name: 'Branches' })).findByRole('button', { name })
/** The table row of a branch. */
const branchRow = async (name: string) => {
  const button = await branchButton(name)
  return within(screen.getByRole('table', { name: 'Branches' }))
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('button', { name }) === button)!
}
const lastAction = () => screen.findByRole('status', { name: 'Last action' })
const gitCalls = (looker: FakeLooker, op: string) => looker.log.filter((e) => e.operation === op)

/** The button and the reason shown beside it when it is disabled. */
function expectDisabledBecause(name: string | RegExp, reason: string | RegExp) {
  const button = screen.getByRole('button', { name })
  expect(button).toBeDisabled()
  expect(button).toHaveAccessibleDescription(reason)
}

test('a deep link shows every branch with its flags, and the current branch state', async () => {
  await open('finance')
  expect(await current()).toHaveTextContent('Current branch: feature/q4-close (shared)')
  expect(await current()).toHaveTextContent('2 ahead, 1 behind')
  expect(await branchRow('scratch/ada-notes')).toHaveTextContent('local onlynot on the remote')
  expect(await branchRow('main')).toHaveTextContent('production · read-only')
  expect(await branchRow('feature/q4-close')).toHaveTextContent('current')
  expect(screen.getByRole('status', { name: 'Branch count' })).toHaveTextContent('4 branches')
  expectDisabledBecause('Pull remote changes', /2 commit\(s\) not on the remote/)
})

test('filters and sorts the branches', async () => {
  const { user } = await open('finance')
  await branchRow('main')
  await user.type(screen.getByLabelText('Filter branches'), 'Q4')
  expect(screen.getByRole('status', { name: 'Branch count' })).toHaveTextContent('1 of 4 branches')
  await user.clear(screen.getByLabelText('Filter branches'))
  await user.click(screen.getByRole('button', { name: 'Last commit' }))
  const names = within(screen.getByRole('table', { name: 'Branches' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('button')[0]!.textContent)
  // The newest commit first: ada's local q4-close work (1 day ago) before the older branches.
  expect(names[0]).toBe('feature/q4-close')
})

test('production mode is read-only and says why', async () => {
  const { looker } = await open('ecommerce', { workspace: 'production' })
  expect(await screen.findByText(/Read-only: Production Mode is read-only/)).toBeInTheDocument()
  expectDisabledBecause('Create and switch', /turn on Development Mode/)
  expectDisabledBecause('Reset to remote…', /turn on Development Mode/)
  expect(gitCalls(looker, 'update_git_branch')).toHaveLength(0)
})

test('a user Looker hides the project from sees Looker answer', async () => {
  await open('finance', { user: 'vic', workspace: 'production' })
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Could not open finance: Project finance not found'
  )
})

test('an unknown project in the URL shows Looker 404', async () => {
  await open('nope')
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('Project nope not found')
  expect(within(alert).getByRole('link', { name: /HTTP 404/ })).toBeInTheDocument()
})

test('a branch name git would refuse is explained and never sent', async () => {
  const { user, looker } = await open('ecommerce')
  await current()
  await user.type(screen.getByLabelText('New branch name'), 'fix..this')
  expect(await screen.findByText('A branch name cannot contain "..".')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Create and switch' })).toBeDisabled()
  await user.type(screen.getByLabelText('New branch name'), '{Enter}')
  expect(gitCalls(looker, 'create_git_branch')).toHaveLength(0)
})

test('creates a branch from the current one and Looker checks it out', async () => {
  const { user } = await open('ecommerce')
  await current()
  await user.type(screen.getByLabelText('New branch name'), 'feature/churn')
  await user.click(screen.getByRole('button', { name: 'Create and switch' }))
  expect(await lastAction()).toHaveTextContent(
    'Create feature/churn: done. Looker now reports feature/churn as the current branch.'
  )
  expect(await current()).toHaveTextContent('Current branch: feature/churn (shared)')
  expect(await branchRow('feature/churn')).toHaveTextContent('current · local only')
})

test('creates a branch from a ref', async () => {
  const { user } = await open('ecommerce')
  await current()
  await user.type(screen.getByLabelText('New branch name'), 'from-main')
  await user.type(screen.getByLabelText('Start from (branch, tag or commit)'), 'main')
  await user.click(screen.getByRole('button', { name: 'Create and switch' }))
  expect(await current()).toHaveTextContent('Current branch: from-main')
  expect(await current()).not.toHaveTextContent('net revenue')
})

test.each([
  [
    'an existing name: 409',
    'ecommerce',
    'feature/old-experiment',
    'Branch feature/old-experiment already exists',
    409,
  ],
  [
    'uncommitted changes: 422',
    'marketing',
    'feature/new',
    'Commit or discard your uncommitted changes before creating a branch',
    422,
  ],
])('Looker refuses a new branch with %s', async (_, project, name, message, status) => {
  const { user } = await open(project)
  await current()
  await user.type(screen.getByLabelText('New branch name'), name)
  await user.click(screen.getByRole('button', { name: 'Create and switch' }))
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(`Create ${name} failed: ${message}`)
  expect(
    within(alert).getByRole('link', { name: `Looker documentation (HTTP ${status})` })
  ).toBeInTheDocument()
})

test('switches to a branch, then shows the branch Looker re-reads', async () => {
  const { user, looker } = await open('ecommerce')
  await user.click(await branchButton('feature/old-experiment'))
  await user.click(screen.getByRole('button', { name: 'Switch to feature/old-experiment' }))
  expect(await lastAction()).toHaveTextContent(
    'Switch to feature/old-experiment: done. Looker now reports feature/old-experiment as the current branch.'
  )
  expect(await current()).toHaveTextContent('Current branch: feature/old-experiment')
  expectDisabledBecause('Switch to feature/old-experiment', 'This is already the current branch.')
  expect(gitCalls(looker, 'update_git_branch')).toHaveLength(1)
})

test('switching is not offered to the production branch or another developer branch', async () => {
  const { user } = await open('marketing')
  await user.click(await branchButton('main'))
  expectDisabledBecause('Switch to main', /checks out your personal branch instead/)
  await user.click(await branchButton(/^dev-grace-hopper/))
  expectDisabledBecause(/^Switch to dev-grace-hopper/, 'This branch is read-only for you.')
  expectDisabledBecause(/^Delete dev-grace-hopper/, 'Personal branches cannot be deleted.')
})

test('Looker refusing a checkout (422) is shown and the current branch stays', async () => {
  const { user, looker } = await open('ecommerce')
  looker.addFault({
    operation: 'update_git_branch',
    status: 422,
    message: 'JGIT Checkout Branch failed: Checkout conflict with files: views/orders.view.lkml',
    times: 1,
  })
  await user.click(await branchButton('feature/old-experiment'))
  await user.click(screen.getByRole('button', { name: 'Switch to feature/old-experiment' }))
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(
    'Switch to feature/old-experiment failed: JGIT Checkout Branch failed'
  )
  expect(
    within(alert).getByRole('link', { name: 'Looker documentation (HTTP 422)' })
  ).toBeInTheDocument()
  expect(await current()).toHaveTextContent('Current branch: feature/net-revenue')
})

test('deletes a branch after a confirmation that names it', async () => {
  const { user, looker } = await open('ecommerce')
  await user.click(await branchButton('feature/old-experiment'))
  await user.click(screen.getByRole('button', { name: 'Delete feature/old-experiment' }))
  const dialog = await screen.findByRole('dialog')
  expect(dialog).toHaveTextContent('Delete branch feature/old-experiment?')
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  expect(gitCalls(looker, 'delete_git_branch')).toHaveLength(0)
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
  const { user } = await open('ecommerce')
  await user.click(await branchButton('feature/net-revenue'))
  expectDisabledBecause('Delete feature/net-revenue', /switch to another first/)
  await user.click(await branchButton('main'))
  expectDisabledBecause('Delete main', 'The production branch cannot be deleted.')
  await user.click(await branchButton(ADA_PERSONAL))
  expectDisabledBecause(/^Delete dev-ada-lovelace/, 'Personal branches cannot be deleted.')
})

test.each([
  [403, 'You do not have permission to delete branches'],
  [404, 'Branch feature/old-experiment not found'],
])('a %s from Looker on delete is shown with its message', async (status, message) => {
  const { user, looker } = await open('ecommerce')
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

test('reset to remote: shows what is lost, saves a backup, asks for the name, then resets', async () => {
  const { user, looker } = await open('finance')
  await user.click(await screen.findByRole('button', { name: 'Reset to remote…' }))
  const dialog = await screen.findByRole('dialog')
  expect(within(dialog).getByRole('list', { name: 'What would be lost' })).toHaveTextContent(
    '2 commit(s) that are not on the remote'
  )
  const confirm = within(dialog).getByRole('button', { name: 'Reset to its remote' })
  expect(confirm).toBeDisabled()
  await user.clear(within(dialog).getByLabelText('Backup branch name'))
  await user.type(within(dialog).getByLabelText('Backup branch name'), 'backup/q4-close')
  await user.type(
    within(dialog).getByLabelText('Type feature/q4-close to confirm'),
    'feature/q4-clos'
  )
  expect(confirm).toBeDisabled()
  await user.type(within(dialog).getByLabelText('Type feature/q4-close to confirm'), 'e')
  await user.click(confirm)
  expect(await lastAction()).toHaveTextContent(
    'Reset feature/q4-close to its remote: done. Looker now reports feature/q4-close as the current branch.'
  )
  expect(await current()).toHaveTextContent('up to date')
  // The backup keeps the two local commits.
  expect(await branchRow('backup/q4-close')).toHaveTextContent('local onlynot on the remote')
  expect(
    looker.log.map((e) => e.operation).filter((o) => /git_branch$|reset/.test(o ?? ''))
  ).toEqual(['create_git_branch', 'update_git_branch', 'reset_project_to_remote'])
})

test('a failed backup stops the reset', async () => {
  const { user, looker } = await open('finance')
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
  expect(gitCalls(looker, 'reset_project_to_remote')).toHaveLength(0)
  expect(await current()).toHaveTextContent('2 ahead, 1 behind')
})

test('reset to production with uncommitted changes: no backup possible, changes gone after', async () => {
  const { user } = await open('marketing')
  expect(await current()).toHaveTextContent('uncommitted changes')
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
  await waitFor(async () => expect(await current()).not.toHaveTextContent('uncommitted changes'))
})

test('pull is offered only when it loses nothing, and brings the remote commits in', async () => {
  const looker = await createFakeLooker({ seed: 'demo', sessionMode: 'ui' })
  // Make ada's feature/net-revenue 2 commits behind its remote: ada hard-resets it to main
  // (force-pushed), then grace resets the remote back to the old head.
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
  const { user } = await renderApp({ looker, route: '/projects/ecommerce' })
  expect(await current()).toHaveTextContent('2 behind')
  await user.click(screen.getByRole('button', { name: 'Pull remote changes' }))
  expect(await lastAction()).toHaveTextContent('Pull remote changes: done.')
  expect(await current()).toHaveTextContent('up to date')
  expectDisabledBecause('Pull remote changes', 'Already up to date with the remote.')
})

test('after a workspace switch the page shows the new workspace branches', async () => {
  const { user } = await open('finance', { workspace: 'production' })
  expect(await current()).toHaveTextContent('Current branch: main (production)')
  await user.click(await screen.findByRole('switch', { name: 'Development Mode' }))
  await waitFor(async () =>
    expect(await current()).toHaveTextContent('Current branch: feature/q4-close')
  )
  expect(screen.queryByText(/Read-only/)).not.toBeInTheDocument()
})

test('a user without develop sees every branch read-only, with the reason', async () => {
  await open('ecommerce', { user: 'lin', workspace: 'production' })
  expect(
    await screen.findByText(/Read-only: .*do not include the "develop" permission/)
  ).toBeInTheDocument()
  expect(await branchRow('main')).toHaveTextContent('production')
  expectDisabledBecause('Reset to production…', /"develop" permission/)
  expect(screen.queryByRole('button', { name: 'Create and switch' })).toBeDisabled()
})

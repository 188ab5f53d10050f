/** Creating a branch: the name check, from the current branch or a ref, Looker's refusals. */
import { screen, within } from '@testing-library/react'
import {
  openProject,
  currentPanel,
  branchRow,
  lastAction,
  calls,
  expectUnavailableBecause,
} from '../../../test/branchesPage'
import { renderApp } from '../../../test/renderApp'

test('a branch name git would refuse is explained and never sent', async () => {
  const { user, looker } = await openProject('ecommerce')
  await currentPanel()
  await user.type(screen.getByLabelText('New branch name'), 'fix..this')
  expect(await screen.findByText('A branch name cannot contain "..".')).toBeInTheDocument()
  expectUnavailableBecause('Create and switch', 'Fix the branch name first.')
  await user.type(screen.getByLabelText('New branch name'), '{Enter}')
  expect(calls(looker, 'create_git_branch')).toHaveLength(0)
})

test('creates a branch from the current one and Looker checks it out', async () => {
  const { user } = await openProject('ecommerce')
  await currentPanel()
  await user.type(screen.getByLabelText('New branch name'), 'feature/churn')
  await user.click(screen.getByRole('button', { name: 'Create and switch' }))
  expect(await lastAction()).toHaveTextContent(
    'Create feature/churn: done. Looker now reports feature/churn as the current branch.'
  )
  expect(await currentPanel()).toHaveTextContent('Current branch: feature/churn (shared)')
  // Current Looker pushes a new branch (22.x left it local only: test/realLookerGit.spec.tsx).
  expect(await branchRow('feature/churn')).toHaveTextContent('currentup to date')
})

/** The "last commit" time a branch row shows. */
const lastCommitOf = async (name: string) =>
  (await branchRow(name)).textContent!.match(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/)![0]

test('creates a branch from a ref: it starts at that ref, not at the current branch', async () => {
  const { user } = await openProject('ecommerce')
  await currentPanel() // ada is on feature/net-revenue, two commits ahead of main
  const mainCommit = await lastCommitOf('main')
  expect(await lastCommitOf('feature/net-revenue')).not.toBe(mainCommit)
  await user.type(screen.getByLabelText('New branch name'), 'from-main')
  await user.type(screen.getByLabelText('Start from (branch, tag or commit)'), 'main')
  await user.click(screen.getByRole('button', { name: 'Create and switch' }))
  expect(await currentPanel()).toHaveTextContent('Current branch: from-main')
  await screen.findByRole('button', { name: 'from-main' })
  expect(await lastCommitOf('from-main')).toBe(mainCommit)
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
  const { user } = await openProject(project)
  await currentPanel()
  await user.type(screen.getByLabelText('New branch name'), name)
  await user.click(screen.getByRole('button', { name: 'Create and switch' }))
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(`Create ${name} failed: ${message}`)
  expect(
    within(alert).getByRole('link', { name: `Looker documentation (HTTP ${status})` })
  ).toBeInTheDocument()
})

// Issue 11, defect 6: a creation slower than the host's message timeout is not a failure.
test('a branch Looker creates after the host gave up is not shown as failed, and appears', async () => {
  const { user, looker } = await renderApp({
    workspace: 'dev',
    route: '/projects/ecommerce',
    messageTimeoutMs: 300,
  })
  await currentPanel()
  const held = looker.hold('create_git_branch')
  await user.type(screen.getByLabelText('New branch name'), 'feature/slow')
  await user.click(screen.getByRole('button', { name: 'Create and switch' }))
  expect(
    await screen.findByText(/Looker did not answer "Create feature\/slow" in time/)
  ).toHaveTextContent(/may still apply it/)
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  held.release() // Looker creates it after all
  expect(await branchRow('feature/slow')).toHaveTextContent('current')
  expect(await screen.findByText(/but has applied it/)).toBeInTheDocument()
  expect(calls(looker, 'create_git_branch')).toHaveLength(1)
})

test('Stop waiting for a slow git action: the page is usable again and re-reads', async () => {
  const { user, looker } = await openProject('ecommerce')
  await currentPanel()
  const held = looker.hold('create_git_branch')
  await user.type(screen.getByLabelText('New branch name'), 'feature/later')
  await user.click(screen.getByRole('button', { name: 'Create and switch' }))
  expect(await screen.findByRole('status', { name: 'Creating feature/later' })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Stop waiting' }))
  expect(await screen.findByText(/Stopped waiting for "Create feature\/later"/)).toBeInTheDocument()
  expect(screen.queryByRole('status', { name: 'Creating feature/later' })).not.toBeInTheDocument()
  held.release()
  expect(await branchRow('feature/later')).toHaveTextContent('current')
})

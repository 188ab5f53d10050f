/**
 * A git action's outcome appears where the person is looking: beside the control that started
 * it, announced as a status (or an alert when Looker refused), never above the branch table.
 */
import { screen, within } from '@testing-library/react'
import { branchButton, lastAction, openProject } from '../../../test/branchesPage'

const table = () => screen.getByRole('table', { name: 'Branches' })
const follows = (a: Element, b: Element) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING)

test('a switch says "done" inside the selected branch panel, under its buttons', async () => {
  const { user } = await openProject('ecommerce')
  await user.click(await branchButton('feature/old-experiment'))
  await user.click(screen.getByRole('button', { name: 'Switch to feature/old-experiment' }))
  const status = await lastAction()
  const panel = screen.getByRole('region', { name: 'Branch feature/old-experiment' })
  expect(panel).toContainElement(status)
  expect(follows(status, within(panel).getByRole('button', { name: /^Delete/ }))).toBe(true)
  expect(follows(status, table())).toBe(true)
})

test('a created branch is reported under the Create button', async () => {
  const { user } = await openProject('ecommerce')
  await user.type(await screen.findByLabelText('New branch name'), 'feature/placed')
  await user.click(screen.getByRole('button', { name: 'Create and switch' }))
  const status = await lastAction()
  expect(screen.getByRole('group', { name: 'Create a branch' })).toContainElement(status)
  expect(status).toHaveTextContent('Create feature/placed: done.')
})

test("Looker's refusal shows beside the control that was used, not at the top", async () => {
  const { user, looker } = await openProject('ecommerce')
  looker.addFault({
    operation: 'create_git_branch',
    status: 409,
    message: 'Branch exists',
    times: 1,
  })
  await user.type(await screen.findByLabelText('New branch name'), 'feature/twice')
  await user.click(screen.getByRole('button', { name: 'Create and switch' }))
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('Create feature/twice failed: Branch exists')
  expect(screen.getByRole('group', { name: 'Create a branch' })).toContainElement(alert)
  expect(screen.getByRole('region', { name: 'Current branch' })).not.toContainElement(alert)
})

test('a reset is reported in the current-branch panel', async () => {
  const { user } = await openProject('finance')
  await user.click(await screen.findByRole('button', { name: 'Reset to remote…' }))
  const dialog = await screen.findByRole('dialog')
  await user.type(
    within(dialog).getByLabelText('Type feature/q4-close to confirm'),
    'feature/q4-close'
  )
  await user.click(within(dialog).getByRole('button', { name: 'Reset to its remote' }))
  const reset = await lastAction()
  expect(reset).toHaveTextContent('Reset feature/q4-close to its remote: done.')
  expect(screen.getByRole('region', { name: 'Current branch' })).toContainElement(reset)
})

test('a deleted branch is reported where its panel was, under the table', async () => {
  const { user } = await openProject('ecommerce')
  // A copy of feature/net-revenue, checked out: deleting the original loses nothing.
  await user.type(await screen.findByLabelText('New branch name'), 'feature/copy')
  await user.click(screen.getByRole('button', { name: 'Create and switch' }))
  await lastAction()
  await user.click(await branchButton('feature/net-revenue'))
  await user.click(screen.getByRole('button', { name: 'Delete feature/net-revenue' }))
  const confirm = await screen.findByRole('dialog')
  await user.click(within(confirm).getByRole('button', { name: 'Delete feature/net-revenue' }))
  const deleted = await screen.findByText(/^Delete feature\/net-revenue: done/)
  expect(deleted).toBe(await lastAction())
  expect(
    screen.queryByRole('region', { name: 'Branch feature/net-revenue' })
  ).not.toBeInTheDocument()
  expect(follows(deleted, table())).toBe(true)
  expect(follows(screen.getByRole('group', { name: 'Create a branch' }), deleted)).toBe(true)
  // Its Delete button went with the panel: the focus is on the outcome, not lost to the page.
  expect(deleted).toHaveFocus()
})

/** The clean-up: a dry run first, then one delete at a time, a report with Looker's messages. */
import { screen, waitFor, within } from '@testing-library/react'
import { renderApp, type FakeLooker } from '../../../test/renderApp'

type User = Awaited<ReturnType<typeof renderApp>>['user']
const calls = (looker: FakeLooker, op: string) => looker.log.filter((e) => e.operation === op)

/** /git in Development Mode with feature/old-experiment (ecommerce) and scratch/ada-notes (finance) selected. */
async function selectTwo() {
  const view = await renderApp({ workspace: 'dev', route: '/git' })
  await waitFor(() =>
    expect(screen.getByRole('status', { name: 'Branch count' })).not.toHaveTextContent(/Reading/)
  )
  const { user } = view
  await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'shared')
  await user.click(
    await screen.findByRole('checkbox', { name: 'Select feature/old-experiment in ecommerce' })
  )
  await user.click(
    await screen.findByRole('checkbox', { name: 'Select scratch/ada-notes in finance' })
  )
  await user.click(screen.getByRole('button', { name: 'Review deletion of 2 branches' }))
  return view
}

async function confirm(user: User, { backup }: { backup: boolean }) {
  const dialog = await screen.findByRole('dialog')
  if (!backup) await user.click(within(dialog).getByRole('checkbox', { name: /backup branch/ }))
  await user.type(
    within(dialog).getByLabelText('Type delete 2 branches to confirm'),
    'delete 2 branches'
  )
  await user.click(within(dialog).getByRole('button', { name: 'Delete 2 branches' }))
}

test('the dry run says what would be deleted and where, starts on Cancel, and deletes nothing', async () => {
  const { user, looker } = await selectTwo()
  const dialog = await screen.findByRole('dialog')
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus())
  const items = within(
    within(dialog).getByRole('list', { name: 'Branches to delete' })
  ).getAllByRole('listitem')
  expect(items.map((i) => i.textContent)).toEqual([
    expect.stringMatching(
      /^feature\/old-experiment \(ecommerce\): Looker deletes feature\/old-experiment from your development copy and from the remote repository\. It holds commits no other branch holds\. Backup: backup\/feature\/old-experiment-\d{12}\.$/
    ),
    expect.stringMatching(
      /^scratch\/ada-notes \(finance\): Looker deletes scratch\/ada-notes from your development copy\. It is not on the remote repository, so nothing is deleted there\. It holds commits/
    ),
  ])
  expect(within(dialog).getByRole('list', { name: 'What would be lost' })).toHaveTextContent(
    /every commit that is only on scratch\/ada-notes/
  )
  expect(
    within(dialog).getByRole('button', { name: 'Delete 2 branches' })
  ).toHaveAccessibleDescription('Type delete 2 branches to confirm.')
  await user.keyboard('{Enter}')
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  expect(calls(looker, 'delete_git_branch')).toHaveLength(0)
  expect(calls(looker, 'create_git_branch')).toHaveLength(0)
})

test('confirmed: each branch saved in its backup, then deleted; the report and the table say so', async () => {
  const { user, looker } = await selectTwo()
  await confirm(user, { backup: true })
  const report = await screen.findByRole('region', { name: 'Clean-up report' }, { timeout: 30_000 })
  expect(report).toHaveTextContent('Clean-up report: 2 branches deleted')
  const deleted = within(within(report).getByRole('list', { name: 'Deleted' })).getAllByRole(
    'listitem'
  )
  expect(deleted.map((d) => d.textContent)).toEqual([
    expect.stringMatching(
      /^feature\/old-experiment \(ecommerce\): its commits saved in backup\/feature\/old-experiment-\d{12}$/
    ),
    expect.stringMatching(
      /^scratch\/ada-notes \(finance\): its commits saved in backup\/scratch\/ada-notes-\d{12}$/
    ),
  ])
  expect(calls(looker, 'delete_git_branch')).toHaveLength(2)
  await waitFor(() =>
    expect(
      screen.queryByRole('checkbox', { name: 'Select scratch/ada-notes in finance' })
    ).not.toBeInTheDocument()
  )
  expect(
    await screen.findByRole('checkbox', {
      name: /^Select backup\/scratch\/ada-notes-\d{12} in finance$/,
    })
  ).toBeInTheDocument()
})

test('Looker’s first refusal stops the clean-up: its message in the report, the rest not attempted', async () => {
  const { user, looker } = await selectTwo()
  looker.addFault({
    operation: 'delete_git_branch',
    status: 403,
    message: 'You do not have permission to delete branches',
    times: 1,
  })
  await confirm(user, { backup: false })
  const report = await screen.findByRole('region', { name: 'Clean-up report' }, { timeout: 30_000 })
  expect(report).toHaveTextContent('Clean-up report: 0 branches deleted, 2 not deleted')
  const alert = within(report).getByRole('alert')
  expect(alert).toHaveTextContent(
    'feature/old-experiment (ecommerce) was not deleted: You do not have permission to delete branches'
  )
  expect(
    within(alert).getByRole('link', { name: 'Looker documentation (HTTP 403)' })
  ).toBeInTheDocument()
  expect(report).toHaveTextContent(
    'scratch/ada-notes (finance): not attempted, the clean-up stopped at the refusal above.'
  )
  expect(calls(looker, 'delete_git_branch')).toHaveLength(1)
  expect(calls(looker, 'create_git_branch')).toHaveLength(0)
})

test('the branches are read again before each delete: a failed read deletes nothing', async () => {
  const { user, looker } = await selectTwo()
  looker.addFault({
    operation: 'all_git_branches',
    status: 404,
    message: 'Project not found',
    times: 1,
  })
  await confirm(user, { backup: false })
  const report = await screen.findByRole('region', { name: 'Clean-up report' }, { timeout: 30_000 })
  expect(report).toHaveTextContent('0 branches deleted, 2 not deleted')
  expect(within(report).getByRole('alert')).toHaveTextContent('Project not found')
  expect(calls(looker, 'delete_git_branch')).toHaveLength(0)
})

/** Git Diagnose & Repair from the git health page: Looker 26.12+'s beta API, feature-detected. */
import { screen, within } from '@testing-library/react'
import { renderApp } from '../../../test/renderApp'

async function pick(user: Awaited<ReturnType<typeof renderApp>>['user'], project: string) {
  await screen.findByRole('table', { name: 'Old branches' })
  await user.selectOptions(screen.getByRole('combobox', { name: 'Project' }), project)
}

const checks = () => screen.findByRole('list', { name: 'Git diagnostic checks' })

test('Diagnose lists Looker’s checks; Repair says what it will do, starts on Cancel, and fixes the repository', async () => {
  const { user, calls } = await renderApp({ workspace: 'dev', route: '/git' })
  await pick(user, 'inventory')
  await user.click(screen.getByRole('button', { name: 'Diagnose' }))
  const list = await checks()
  expect(within(list).getByText(/Stale lock files: found/)).toBeInTheDocument()
  expect(within(list).getByText(/Git setup: not found/)).toBeInTheDocument()
  expect(screen.getByText('Looker’s report: complete')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Repair…' }))
  const dialog = await screen.findByRole('dialog', {
    name: 'Repair the git repository of inventory?',
  })
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
  expect(dialog).toHaveTextContent(/Stale lock files/)
  expect(dialog).toHaveTextContent(/recovery branch/)
  await user.click(within(dialog).getByRole('button', { name: 'Repair' }))
  expect(await screen.findByText(/Stale lock files: repaired/)).toBeInTheDocument()
  expect(calls).toEqual(
    expect.arrayContaining(['create_git_diagnostic_report', 'repair_git_diagnostic_report'])
  )
})

test('a check repair cannot fix says so, and nothing is offered to repair after it', async () => {
  const { user } = await renderApp({ workspace: 'dev', route: '/git' })
  await pick(user, 'finance')
  await user.click(screen.getByRole('button', { name: 'Diagnose' }))
  expect(within(await checks()).getByText(/Git connection test: found/)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Repair…' }))
  const dialog = await screen.findByRole('dialog')
  expect(dialog).toHaveTextContent(/Git connection test needs manual work/)
  await user.click(within(dialog).getByRole('button', { name: 'Repair' }))
  expect(await screen.findByText(/Git connection test: repair failed/)).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Repair…' })).not.toBeInTheDocument()
})

test('a Looker older than 26.12 has no such API: the page says why and links to Looker’s own', async () => {
  const { user } = await renderApp({
    workspace: 'dev',
    route: '/git',
    lookerOptions: { lookerVersion: '25' },
  })
  await pick(user, 'inventory')
  await user.click(screen.getByRole('button', { name: 'Diagnose' }))
  expect(
    await screen.findByText(/This Looker has no Diagnose & Repair API \(Looker 26\.12 and later\)/)
  ).toBeInTheDocument()
  expect(screen.getByRole('link', { name: /open inventory in Looker’s IDE/ })).toHaveAttribute(
    'href',
    '/projects/inventory'
  )
  expect(screen.queryByRole('list', { name: 'Git diagnostic checks' })).not.toBeInTheDocument()
})

test('in Production Mode it diagnoses the production copy, which Looker refuses without deploy', async () => {
  const bodies: unknown[] = []
  const { user } = await renderApp({
    user: 'grace',
    workspace: 'production',
    route: '/git',
    beforeMount: (looker) =>
      looker.intercept('create_git_diagnostic_report', (req, next) => {
        bodies.push(req.body)
        return next()
      }),
  })
  await pick(user, 'inventory')
  await user.click(screen.getByRole('button', { name: 'Diagnose' }))
  expect(await screen.findByText(/Diagnose inventory failed/)).toBeInTheDocument()
  expect(screen.getByText(/Requires the deploy permission/)).toBeInTheDocument()
  expect(bodies).toEqual([{ project_type: 'production' }])
})

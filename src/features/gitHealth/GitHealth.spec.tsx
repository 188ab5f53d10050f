/** The git health page: every project's old branches in one table, what can be selected and why. */
import { screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../test/renderApp'

const table = () => screen.findByRole('table', { name: 'Old branches' })
const checkbox = (branch: string, project: string) =>
  screen.findByRole('checkbox', { name: `Select ${branch} in ${project}` })
/** The table row whose checkbox is `box`. */
const rowOf = (box: HTMLElement) =>
  within(screen.getByRole('table', { name: 'Old branches' }))
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('checkbox') === box)!

/** Waits until every project's branches are read. */
async function allRead() {
  await waitFor(() =>
    expect(screen.getByRole('status', { name: 'Branch count' })).not.toHaveTextContent(/Reading/)
  )
}

test('linked from the projects page; every git project’s branches in one table', async () => {
  const { user } = await renderApp({ workspace: 'dev', route: '/' })
  await user.click(await screen.findByRole('link', { name: /Git health/ }))
  expect(await screen.findByRole('heading', { name: 'Git health' })).toBeInTheDocument()
  await table()
  await allRead()
  await user.selectOptions(screen.getByRole('combobox', { name: 'Project' }), 'ecommerce')
  const row = rowOf(await checkbox('feature/old-experiment', 'ecommerce'))
  const cells = within(row).getAllByRole('cell')
  expect(cells.map((c) => c.textContent)).toEqual([
    '',
    'feature/old-experiment',
    'ecommerce',
    expect.stringMatching(/^\d+ days$/),
    'local and remote',
    'up to date',
    'shared',
    '',
  ])
  expect(await checkbox('feature/old-experiment', 'ecommerce')).toBeEnabled()
  expect(screen.queryByRole('checkbox', { name: /in finance$/ })).not.toBeInTheDocument()
})

test('production, current and personal branches are listed but cannot be selected, each with its reason', async () => {
  const { user } = await renderApp({ workspace: 'dev', route: '/git' })
  await table()
  await allRead()
  // Recent branches: the default filter shows only those without a commit in 90 days.
  await user.selectOptions(screen.getByRole('combobox', { name: 'Age' }), 'any')
  await user.selectOptions(screen.getByRole('combobox', { name: 'Project' }), 'ecommerce')
  const main = await checkbox('main', 'ecommerce')
  expect(main).toBeDisabled()
  expect(main).toHaveAccessibleDescription('The production branch cannot be deleted.')
  expect(await checkbox('feature/net-revenue', 'ecommerce')).toHaveAccessibleDescription(
    'You cannot delete the branch you are on: switch to another first.'
  )
  const personal = await screen.findByRole('checkbox', {
    name: /^Select dev-ada-lovelace-\w{4} in ecommerce$/,
  })
  expect(personal).toBeDisabled()
  expect(personal).toHaveAccessibleDescription('Personal branches cannot be deleted.')
})

test('filters by kind; "Select all shown" selects only what can be deleted', async () => {
  const { user } = await renderApp({ workspace: 'dev', route: '/git' })
  await table()
  await allRead()
  await user.selectOptions(screen.getByRole('combobox', { name: 'Age' }), 'any')
  await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'personal')
  const rows = within(await table()).getAllByRole('checkbox', { name: /^Select .+ in / })
  expect(rows.length).toBeGreaterThan(0)
  for (const box of rows) expect(box).toHaveAccessibleName(/^Select dev-/)
  await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'shared')
  await user.selectOptions(screen.getByRole('combobox', { name: 'Project' }), 'finance')
  await user.click(screen.getByRole('checkbox', { name: 'Select all shown' }))
  expect(await checkbox('scratch/ada-notes', 'finance')).toBeChecked()
  expect(await checkbox('feature/q4-close', 'finance')).not.toBeChecked()
  expect(screen.getByRole('status', { name: 'Branch count' })).toHaveTextContent(/1 selected/)
})

test('Production Mode: branches are listed, none can be selected, and the page says why', async () => {
  await renderApp({ workspace: 'production', route: '/git' })
  await table()
  await allRead()
  const box = await checkbox('feature/old-experiment', 'ecommerce')
  expect(box).toBeDisabled()
  expect(box).toHaveAccessibleDescription(/Production Mode is read-only/)
  // Said once by the page, not in every row.
  expect(screen.getAllByText(/Production Mode is read-only/)).toHaveLength(1)
})

test('a locked repository: its branches are listed, none can be selected, and the page says so', async () => {
  await renderApp({
    workspace: 'dev',
    route: '/git',
    beforeMount(looker) {
      // is_git_dev_locked as a Looker that has locked finance's development repository answers it.
      looker.intercept('all_projects', async (_req, next) => {
        const answer = await next()
        const list = answer.body as Array<{ id: string; is_git_dev_locked: boolean }>
        return {
          ...answer,
          body: list.map((p) => ({ ...p, is_git_dev_locked: p.id === 'finance' })),
        }
      })
    },
  })
  await table()
  await allRead()
  expect(
    screen.getByText('Locked for development in Looker, no git action offered: finance.')
  ).toBeInTheDocument()
  const notes = await checkbox('scratch/ada-notes', 'finance')
  expect(notes).toBeDisabled()
  expect(notes).toHaveAccessibleDescription(
    'Looker reports this project’s development git repository as locked: every git action fails until it is unlocked.'
  )
})

test('one project Looker will not let you change: only its rows say so, not the whole page', async () => {
  await renderApp({
    workspace: 'dev',
    route: '/git',
    beforeMount(looker) {
      looker.intercept('all_projects', async (_req, next) => {
        const answer = await next()
        const list = answer.body as Array<{ id: string; can: Record<string, boolean> }>
        const ecommerceFrozen = (p: (typeof list)[number]) =>
          p.id === 'ecommerce' ? { ...p, can: { ...p.can, update: false } } : p
        return { ...answer, body: list.map(ecommerceFrozen) }
      })
    },
  })
  await table()
  await allRead()
  expect(screen.queryByText(/Nothing can be deleted from here/)).not.toBeInTheDocument()
  expect(await checkbox('scratch/ada-notes', 'finance')).toBeEnabled()
  expect(await checkbox('feature/old-experiment', 'ecommerce')).toBeDisabled()
})

test('one project picked: its git connection tests on demand', async () => {
  const { user } = await renderApp({ workspace: 'dev', route: '/git' })
  await table()
  await user.selectOptions(screen.getByRole('combobox', { name: 'Project' }), 'ecommerce')
  const panel = screen.getByRole('region', { name: 'Repository of ecommerce' })
  await user.click(within(panel).getByRole('button', { name: 'Test the git connection' }))
  const results = await within(panel).findByRole('list', { name: 'Git connection tests' })
  expect(within(results).getAllByRole('listitem')[0]).toHaveTextContent(/^Passed: /)
})

test('one project picked: its imports with their refs, and a stale lock said with a link to the IDE', async () => {
  const { user } = await renderApp({ workspace: 'dev', route: '/git' })
  await table()
  await user.selectOptions(screen.getByRole('combobox', { name: 'Project' }), 'inventory')
  const panel = screen.getByRole('region', { name: 'Repository of inventory' })
  const imports = await within(panel).findByRole('list', { name: 'Imported projects' })
  expect(
    within(imports)
      .getAllByRole('listitem')
      .map((i) => i.textContent)
  ).toEqual([
    'shared_views: remote, git@github.com:acme-analytics/shared_views.git, ref v1.2.0',
    'ecommerce: local project (Looker gives no revision of it: open ecommerce in Looker’s IDE)',
  ])
  // A local dependency is a project on the instance: its state is one link away.
  expect(
    within(imports).getByRole('link', { name: 'open ecommerce in Looker’s IDE' })
  ).toHaveAttribute('href', '/projects/ecommerce')
  const status = within(panel).getByRole('status', { name: 'Dependency status' })
  expect(status).toHaveTextContent(/dependencies’ lock must be regenerated \(lock_required\)/)
  expect(
    within(status).getByRole('link', { name: 'Open manifest.lkml in Looker’s IDE' })
  ).toHaveAttribute('href', '/projects/inventory/files/manifest.lkml')
  await user.selectOptions(screen.getByRole('combobox', { name: 'Project' }), 'ecommerce')
  const other = screen.getByRole('region', { name: 'Repository of ecommerce' })
  expect(
    await within(other).findByText('This project imports no other project.')
  ).toBeInTheDocument()
  expect(within(other).getByRole('status', { name: 'Dependency status' })).toHaveTextContent(
    'Looker reports no dependency installed (install_none).'
  )
})

test('by default only branches without a commit in 90 days: the demo’s old ones, not this week’s', async () => {
  const { user } = await renderApp({ workspace: 'dev', route: '/git' })
  await table()
  await allRead()
  const names = () =>
    within(screen.getByRole('table', { name: 'Old branches' }))
      .getAllByRole('checkbox', { name: /^Select .+ in / })
      .map((b) => b.getAttribute('aria-label'))
  expect(names()).toEqual(
    expect.arrayContaining([
      'Select feature/old-experiment in ecommerce',
      'Select tmp_spectacles_3f9a1c in marketing',
      'Select scratch/ada-notes in finance',
    ])
  )
  expect(names()).not.toContain('Select feature/net-revenue in ecommerce')
  await user.selectOptions(screen.getByRole('combobox', { name: 'Age' }), 'any')
  expect(names()).toContain('Select feature/net-revenue in ecommerce')
})

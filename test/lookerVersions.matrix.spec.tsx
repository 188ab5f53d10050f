/**
 * The main flows against each Looker version profile of the fake (dev/fake-looker/profiles.ts):
 * switch, projects, branches, a query, a comparison with a development-only field, data tests.
 * Only these run three times; the rest of the suite runs on the default profile (26).
 */
import { screen, waitFor, within } from '@testing-library/react'
import { LOOKER_VERSIONS, type LookerVersion } from '../dev/fake-looker/profiles'
import { currentPanel } from './branchesPage'
import { renderApp } from './renderApp'

beforeAll(() => {
  Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined })
})

const query = (fields: string) => `/query?model=ecommerce&explore=orders&fields=${fields}&limit=500`

describe.each(LOOKER_VERSIONS)('Looker %s', (version: LookerVersion) => {
  async function open(route: string, workspace: 'dev' | 'production' = 'production') {
    return renderApp({ lookerOptions: { lookerVersion: version }, workspace, route })
  }

  test('switches to Development Mode and lists the projects in it', async () => {
    const { user } = await open('/')
    const table = await screen.findByRole('table', { name: 'Projects' }, { timeout: 30_000 })
    expect(within(table).getByRole('link', { name: 'ecommerce' })).toBeInTheDocument()
    await user.click(screen.getByRole('switch', { name: 'Development Mode' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Development')
    )
    const rebuilt = await screen.findByRole('table', { name: 'Projects' })
    expect(
      await within(rebuilt).findByText('feature/net-revenue', {}, { timeout: 30_000 })
    ).toBeInTheDocument()
  })

  test('shows a project’s branches and its current one', async () => {
    await open('/projects/ecommerce', 'dev')
    expect(await currentPanel()).toHaveTextContent('Current branch: feature/net-revenue')
    expect(await screen.findByRole('table', { name: 'Branches' })).toBeInTheDocument()
  })

  test('runs a query to its rows', async () => {
    const { user } = await open(query('orders.status,orders.total_revenue'))
    await user.click(await screen.findByRole('button', { name: 'Run' }))
    const result = await screen.findByRole(
      'region',
      { name: 'Production result' },
      { timeout: 30_000 }
    )
    expect(result).toHaveTextContent(/5 rows/)
  })

  test('compares with a development-only field without marking every row changed', async () => {
    const { user } = await open(query('orders.status,orders.average_discount'), 'dev')
    await user.click(
      await screen.findByRole('button', { name: 'Compare production and development' })
    )
    const section = await screen.findByRole(
      'region',
      { name: 'Production against development' },
      { timeout: 30_000 }
    )
    expect(
      await within(section).findByText('only in development: orders.average_discount')
    ).toBeInTheDocument()
    expect(within(section).getByRole('status')).toHaveTextContent('Identical: all 5 rows match.')
  })

  test('runs the data tests, one request per test', async () => {
    const { user, looker } = await open('/query')
    const section = await screen.findByRole('region', { name: 'LookML data tests' })
    await user.selectOptions(await within(section).findByLabelText('Project'), 'ecommerce')
    await user.click(await within(section).findByRole('button', { name: 'Run all data tests' }))
    const results = await within(section).findByRole('region', { name: 'Data test results' })
    await waitFor(() =>
      expect(results).toHaveTextContent('Ran on production models: 2 of 2 passed.')
    )
    expect(looker.log.filter((e) => e.operation === 'run_lookml_test')).toHaveLength(2)
  })
})

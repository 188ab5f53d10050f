/**
 * Where the real Looker answers differently from the fake's happy path (docs/looker-api-behaviour.md):
 * each variant is switched on with the fake's knob, and the app must hold.
 */
import { screen, waitFor, within } from '@testing-library/react'
import type { FakeLookerOptions } from '../dev/fake-looker/types'
import { apiOverFake } from './apiOverFake'
import { currentPanel, expectUnavailableBecause } from './branchesPage'
import { memoryHost } from './memoryHost'
import { fakeLooker, renderApp } from './renderApp'

// jsdom has no object URLs (the CSV download link needs one).
beforeAll(() => {
  Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined })
})

async function lookerWith(options: FakeLookerOptions, workspace: 'dev' | 'production' = 'dev') {
  const looker = await fakeLooker({ lookerOptions: options })
  looker.setUserWorkspace('ada', workspace)
  return looker
}

const query = (model: string, explore: string, fields: string) =>
  `/query?model=${model}&explore=${explore}&fields=${fields}&limit=500`

describe('query tasks', () => {
  test('a status the app does not know keeps it polling; the rows come once the task completes', async () => {
    const looker = await lookerWith({}, 'production')
    looker.addFault({ operation: 'query_task', body: { id: 'x', status: 'pending' }, times: 3 })
    const { user } = await renderApp({
      looker,
      route: query('ecommerce', 'orders', 'orders.status'),
    })
    await user.click(await screen.findByRole('button', { name: 'Run' }))
    const result = await screen.findByRole(
      'region',
      { name: 'Production result' },
      { timeout: 30_000 }
    )
    expect(result).toHaveTextContent(/5 rows/)
    expect(looker.log.filter((e) => e.operation === 'query_task_results')).toHaveLength(1)
  })

  test('an expired task ends the run with what Looker reported', async () => {
    const looker = await lookerWith({}, 'production')
    looker.addFault({ operation: 'query_task', body: { id: 'x', status: 'expired' } })
    const { user } = await renderApp({
      looker,
      route: query('ecommerce', 'orders', 'orders.status'),
    })
    await user.click(await screen.findByRole('button', { name: 'Run' }))
    expect(await screen.findByRole('alert', {}, { timeout: 30_000 })).toHaveTextContent(
      /Looker reports the query task as expired/
    )
  })

  test('a SQL error delivered as looker_error rows is an error, not a row', async () => {
    const looker = await lookerWith(
      { behaviour: { sqlErrorAs: 'looker_error-rows' } },
      'production'
    )
    const { user } = await renderApp({
      looker,
      route: query('sandbox', 'scratch', 'scratch.legacy_code'),
    })
    await user.click(await screen.findByRole('button', { name: 'Run' }))
    expect(await screen.findByRole('alert', {}, { timeout: 30_000 })).toHaveTextContent(
      /database encountered an error.*no such column/
    )
    expect(screen.queryByRole('table', { name: 'Production rows' })).not.toBeInTheDocument()
  })

  test('kill_query on a task that already finished (Looker: 404) is no failure', async () => {
    const { looker, api } = await apiOverFake({ workspace: 'production' })
    const task = await api.startQueryTask(
      await api.createQuery({
        model: 'ecommerce',
        explore: 'orders',
        fields: ['orders.status'],
        filters: {},
        sorts: [],
        limit: 10,
      }),
      'production'
    )
    await waitFor(async () => expect((await api.getQueryTask(task.id)).status).toBe('complete'))
    await expect(api.cancelQueryTask(task.id)).resolves.toBeUndefined()
    expect(looker.log.find((e) => e.operation === 'kill_query')?.status).toBe(404)
  })
})

describe('git_status Looker words freely', () => {
  test('unread text is shown as Looker wrote it, Pull is not offered, and reset names the possible loss', async () => {
    const looker = await lookerWith({ behaviour: { gitStatusText: 'Workspace is syncing' } })
    const { user } = await renderApp({ looker, route: '/projects/ecommerce' })
    expect(await currentPanel()).toHaveTextContent('Looker says: Workspace is syncing')
    expectUnavailableBecause(
      'Pull remote changes',
      'Looker reports "Workspace is syncing", which may mean uncommitted changes that pulling would discard: use Reset to remote to see what would be lost.'
    )
    await user.click(screen.getByRole('button', { name: 'Reset to production…' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('list', { name: 'What would be lost' })).toHaveTextContent(
      'any uncommitted changes (Looker reports "Workspace is syncing")'
    )
  })
})

describe('permissions and projects', () => {
  test('user_roles refused: the app starts and switches, permissions unknown, actions offered', async () => {
    const looker = await lookerWith({ behaviour: { userRoles: 'refused' } }, 'production')
    const { user } = await renderApp({ looker, route: '/projects/ecommerce' })
    expect(
      await screen.findByText(/Looker did not let the app read your roles/)
    ).toBeInTheDocument()
    expect(screen.queryByText(/Could not read your Looker roles/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('switch', { name: 'Development Mode' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Development')
    )
    // Nothing is refused up front: Looker has the last word.
    expect(await screen.findByRole('button', { name: 'Reset to production…' })).toHaveAttribute(
      'aria-disabled',
      'false'
    )
  })

  test('no developer copy: said plainly, with a link to the project in Looker’s IDE', async () => {
    const looker = await lookerWith({ behaviour: { noDevCopy: ['marketing'] } })
    const host = memoryHost()
    const { user } = await renderApp({ looker, host, route: '/projects/marketing' })
    expect(await screen.findByRole('status', { name: 'No developer copy' })).toHaveTextContent(
      /You have no developer copy of marketing yet.*Create Developer Copy/
    )
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: "Open marketing in Looker's IDE" }))
    expect(host.visited).toEqual(['/projects/marketing'])
  })

  test('a viewer (Looker: 403) is told they cannot see LookML projects, without a Retry', async () => {
    await renderApp({ user: 'vic', route: '/projects/ecommerce' })
    expect(await screen.findByText(/You cannot see LookML projects/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
  })
})

test('a documentation link that cannot open still shows its address', async () => {
  const looker = await lookerWith({}, 'production')
  const host = memoryHost()
  const { user } = await renderApp({
    looker,
    host,
    route: query('ecommerce', 'orders', 'orders.nope'),
  })
  await user.click(await screen.findByRole('button', { name: 'Run' }))
  const alert = await screen.findByRole('alert', {}, { timeout: 30_000 })
  const link = within(alert).getByRole('link', { name: /Looker documentation/ })
  await user.click(link)
  expect(host.opened).toEqual([link.getAttribute('href')])
  expect(alert).toHaveTextContent(
    `If no new tab opened, copy this address: ${link.getAttribute('href')}`
  )
})

import { screen, waitFor, within } from '@testing-library/react'
import { memoryHost } from '../../../../test/memoryHost'
import { renderApp } from '../../../../test/renderApp'

beforeAll(() => {
  Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined })
})

const route =
  '/query?model=ecommerce&explore=orders&fields=orders.status,orders.total_revenue&f[orders.status]=complete&limit=10'

test('saves a query per project, keeps it in extension storage, and runs it in one click', async () => {
  const host = memoryHost()
  const { user } = await renderApp({ workspace: 'dev', host, route })
  const saved = await screen.findByRole('region', { name: 'Saved queries' })
  expect(within(saved).getByRole('heading')).toHaveTextContent('Saved queries of project ecommerce')
  await user.type(within(saved).getByRole('textbox', { name: 'Name' }), 'Complete revenue')
  await user.click(within(saved).getByRole('button', { name: 'Save query' }))
  expect(
    await within(saved).findByRole('button', { name: 'Run Complete revenue' })
  ).toBeInTheDocument()
  const stored = JSON.parse(host.items.get('saved-queries:ecommerce')!)
  expect(stored).toEqual([
    {
      name: 'Complete revenue',
      spec: expect.objectContaining({ filters: { 'orders.status': 'complete' }, limit: 10 }),
    },
  ])

  await user.click(within(saved).getByRole('button', { name: 'Run Complete revenue' }))
  const result = await screen.findByRole(
    'region',
    { name: 'Development result' },
    { timeout: 30_000 }
  )
  expect(within(result).getByText(/^1 row/)).toBeInTheDocument()

  await user.click(within(saved).getByRole('button', { name: 'Compare Complete revenue' }))
  expect(
    await screen.findByText(
      '1 row differs: 1 changed, 0 only in production, 0 only in development.'
    )
  ).toBeInTheDocument()
})

test('a saved query from storage runs on the current branch and opens in Looker’s Explore', async () => {
  const host = memoryHost()
  host.items.set(
    'saved-queries:ecommerce',
    JSON.stringify([
      {
        name: 'By status',
        spec: {
          model: 'ecommerce',
          explore: 'orders',
          fields: ['orders.status', 'orders.count'],
          filters: {},
          sorts: ['orders.status'],
          limit: 500,
        },
      },
      { name: 'broken', spec: 'not a spec' },
    ])
  )
  const { user, looker } = await renderApp({ host, route: '/query?model=ecommerce&explore=orders' })
  const saved = await screen.findByRole('region', { name: 'Saved queries' })
  expect(await within(saved).findByRole('button', { name: 'Run By status' })).toBeInTheDocument()
  expect(within(saved).queryByRole('button', { name: 'Run broken' })).not.toBeInTheDocument()
  await user.click(within(saved).getByRole('button', { name: 'Open in Explore: By status' }))
  expect(host.visited).toEqual([
    '/explore/ecommerce/orders?fields=orders.status%2Corders.count&sorts=orders.status&limit=500',
  ])
  await user.click(within(saved).getByRole('button', { name: 'Run By status' }))
  expect(
    await screen.findByRole('region', { name: 'Production result' }, { timeout: 30_000 })
  ).toBeInTheDocument()
  await waitFor(() =>
    expect(
      looker.log.filter((e) => e.operation === 'create_query_task').map((e) => e.queryWorkspace)
    ).toEqual(['production'])
  )
  await user.click(within(saved).getByRole('button', { name: 'Delete By status' }))
  const dialog = await screen.findByRole('dialog')
  expect(within(dialog).getByRole('list', { name: 'What would be lost' })).toHaveTextContent(
    'the saved query By status as it is now'
  )
  await user.click(within(dialog).getByRole('button', { name: 'Delete By status' }))
  expect(await within(saved).findByText('No saved queries yet.')).toBeInTheDocument()
})

test('saving under an existing name asks first; Cancel keeps the saved query as it was', async () => {
  const host = memoryHost()
  const old = {
    name: 'Mine',
    spec: {
      model: 'ecommerce',
      explore: 'orders',
      fields: ['orders.count'],
      filters: {},
      sorts: [],
      limit: 5,
    },
  }
  host.items.set('saved-queries:ecommerce', JSON.stringify([old]))
  const { user } = await renderApp({ host, route })
  const saved = await screen.findByRole('region', { name: 'Saved queries' })
  await within(saved).findByRole('button', { name: 'Run Mine' })
  await user.type(within(saved).getByRole('textbox', { name: 'Name' }), 'Mine')
  await user.click(within(saved).getByRole('button', { name: 'Save query' }))
  const dialog = await screen.findByRole('dialog', { name: 'Replace the saved query Mine?' })
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  expect(JSON.parse(host.items.get('saved-queries:ecommerce')!)).toEqual([old])

  await user.click(within(saved).getByRole('button', { name: 'Save query' }))
  await user.click(
    within(await screen.findByRole('dialog')).getByRole('button', { name: 'Replace Mine' })
  )
  await waitFor(() =>
    expect(JSON.parse(host.items.get('saved-queries:ecommerce')!)[0].spec.limit).toBe(10)
  )
})

test('a failed save is shown, and a failed read offers a Retry', async () => {
  const host = memoryHost()
  const getItem = host.getItem
  let failed = false
  // Only the saved queries' first read fails (the app reads other keys of its own).
  host.getItem = async (key) => {
    if (key.startsWith('saved-queries:') && !failed) {
      failed = true
      throw new Error('Storage unavailable')
    }
    return getItem(key)
  }
  host.setItem = async () => {
    throw new Error('Storage is full')
  }
  const { user } = await renderApp({ host, route })
  const saved = await screen.findByRole('region', { name: 'Saved queries' })
  expect(await within(saved).findByRole('alert')).toHaveTextContent(
    'Could not read saved queries: Storage unavailable'
  )
  await user.click(within(saved).getByRole('button', { name: 'Retry' }))
  expect(await within(saved).findByText('No saved queries yet.')).toBeInTheDocument()
  await user.type(within(saved).getByRole('textbox', { name: 'Name' }), 'Mine')
  await user.click(within(saved).getByRole('button', { name: 'Save query' }))
  expect(await within(saved).findByRole('alert')).toHaveTextContent(
    'Could not save Mine: Storage is full'
  )
})

test('Load puts a saved query into the builder without running it', async () => {
  const host = memoryHost()
  const bySpec = {
    model: 'ecommerce',
    explore: 'orders',
    fields: ['orders.status', 'orders.count'],
    filters: { 'orders.status': 'complete' },
    sorts: ['orders.count desc'],
    limit: 42,
  }
  host.items.set('saved-queries:ecommerce', JSON.stringify([{ name: 'By status', spec: bySpec }]))
  const { user, looker } = await renderApp({
    host,
    route: '/query?model=ecommerce&explore=orders&fields=orders.total_revenue&limit=500',
  })
  const saved = await screen.findByRole('region', { name: 'Saved queries' })
  const measures = await screen.findByRole('group', { name: 'Orders Measures' })
  expect(within(measures).getByRole('checkbox', { name: /Orders Count/ })).not.toBeChecked()

  await user.click(await within(saved).findByRole('button', { name: 'Load By status' }))
  await waitFor(() =>
    expect(within(measures).getByRole('checkbox', { name: /Orders Count/ })).toBeChecked()
  )
  expect(within(measures).getByRole('checkbox', { name: /Total Revenue/ })).not.toBeChecked()
  const dims = screen.getByRole('group', { name: 'Orders Dimensions' })
  expect(within(dims).getByRole('checkbox', { name: /Orders Status/ })).toBeChecked()
  expect(screen.getByRole('textbox', { name: 'Sorts' })).toHaveValue('orders.count desc')
  expect(screen.getByRole('textbox', { name: 'Row limit' })).toHaveValue('42')
  expect(looker.log.filter((e) => e.operation === 'create_query')).toHaveLength(0)
})

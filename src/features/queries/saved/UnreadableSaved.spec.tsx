import { screen, within } from '@testing-library/react'
import { memoryHost } from '../../../../test/memoryHost'
import { renderApp } from '../../../../test/renderApp'

const route = '/query?model=ecommerce&explore=orders&fields=orders.status&limit=10'

// A saved query written by another version of the app (another shape) is not this version's to
// throw away: it is kept in storage as it was, and the list says it cannot be used here.
test('a stored saved query this version cannot read is named as unusable and kept at the next save', async () => {
  const host = memoryHost()
  const future = { name: 'Revenue v2', query: { model: 'ecommerce', view: 'orders' }, version: 3 }
  const usable = {
    name: 'By status',
    spec: {
      model: 'ecommerce',
      explore: 'orders',
      fields: ['orders.status'],
      filters: {},
      sorts: [],
      limit: 10,
    },
  }
  await host.setItem('saved-queries:ecommerce', JSON.stringify([usable, future]))
  const { user } = await renderApp({ workspace: 'dev', host, route })
  const saved = await screen.findByRole('region', { name: 'Saved queries' })
  expect(await within(saved).findByRole('button', { name: 'Run By status' })).toBeInTheDocument()
  expect(
    within(saved).getByRole('status', { name: 'Saved queries this version cannot use' })
  ).toHaveTextContent(
    '1 saved query cannot be used by this version of the app and is kept as it was: Revenue v2.'
  )
  await user.type(within(saved).getByRole('textbox', { name: 'Name' }), 'Statuses')
  await user.click(within(saved).getByRole('button', { name: 'Save query' }))
  expect(await within(saved).findByRole('button', { name: 'Run Statuses' })).toBeInTheDocument()
  const stored = JSON.parse(host.items.get('saved-queries:ecommerce')!) as unknown[]
  expect(stored).toContainEqual(future)
  expect(stored).toHaveLength(3)
  await user.click(within(saved).getByRole('button', { name: 'Delete By status' }))
  await user.click(
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete By status' })
  )
  expect(await within(saved).findByRole('button', { name: 'Run Statuses' })).toBeInTheDocument()
  expect(JSON.parse(host.items.get('saved-queries:ecommerce')!)).toContainEqual(future)
})

test('storage that is not a list at all is kept, not replaced by the next save', async () => {
  const host = memoryHost()
  await host.setItem('saved-queries:ecommerce', '{"format":"v9"')
  const { user } = await renderApp({ workspace: 'dev', host, route })
  const saved = await screen.findByRole('region', { name: 'Saved queries' })
  expect(
    await within(saved).findByRole('status', { name: 'Saved queries this version cannot use' })
  ).toHaveTextContent('1 saved query cannot be used')
  await user.type(within(saved).getByRole('textbox', { name: 'Name' }), 'Statuses')
  await user.click(within(saved).getByRole('button', { name: 'Save query' }))
  expect(await within(saved).findByRole('button', { name: 'Run Statuses' })).toBeInTheDocument()
  expect(host.items.get('saved-queries:ecommerce')).toContain('{\\"format\\":\\"v9\\"')
})

import { screen, within } from '@testing-library/react'
import { memoryHost } from '../../../test/memoryHost'
import { renderApp } from '../../../test/renderApp'

// Query links are input: one field repeated many times, or a field list of kilobytes.
const SLOW = { timeout: 30_000 }
const QUERY = '/query?model=ecommerce&explore=orders&limit=10'

test('a field repeated 500 times is one field: the link loads collapsed and the query runs with it once', async () => {
  const fields = Array.from({ length: 500 }, () => 'orders.status').join(',')
  const { user } = await renderApp({ route: `${QUERY}&fields=${fields}` })
  expect(await screen.findByRole('checkbox', { name: /Orders Status/ }, SLOW)).toBeChecked()
  expect(screen.queryByRole('list', { name: 'Problems in the link' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Run' }))
  const result = await screen.findByRole('region', { name: 'Production result' }, SLOW)
  const table = within(result).getByRole('table', { name: 'Production rows' })
  expect(within(table).getAllByRole('columnheader', { name: 'Orders Status' })).toHaveLength(1)
})

test('a link longer than the product keeps links is named on the page, and nothing is sent', async () => {
  const fields = Array.from({ length: 300 }, (_, i) => `orders.field_${i}`).join(',')
  const { user, looker } = await renderApp({ route: `${QUERY}&fields=${fields}` })
  const problems = await screen.findByRole('list', { name: 'Problems in the link' }, SLOW)
  expect(problems).toHaveTextContent(/The link is [\d,]+ characters long/)
  expect(problems).toHaveTextContent('under 2,000 characters')
  await user.click(screen.getByRole('button', { name: 'Run' }))
  expect(looker.log.filter((e) => e.operation?.startsWith('create_query'))).toHaveLength(0)
})

test('"Open in Explore" on a saved query whose Explore link would be too long says so and opens nothing', async () => {
  const host = memoryHost()
  const fields = Array.from({ length: 120 }, (_, i) => `orders.a_rather_long_field_name_${i}`)
  const spec = { model: 'ecommerce', explore: 'orders', fields, filters: {}, sorts: [], limit: 10 }
  await host.setItem('saved-queries:ecommerce', JSON.stringify([{ name: 'Wide', spec }]))
  const { user } = await renderApp({ host, route: `${QUERY}&fields=orders.status` })
  const saved = await screen.findByRole('region', { name: 'Saved queries' }, SLOW)
  await user.click(await within(saved).findByRole('button', { name: 'Open in Explore: Wide' }))
  expect(await within(saved).findByRole('alert')).toHaveTextContent(
    /The Explore link of Wide would be [\d,]+ characters long/
  )
  expect(host.visited).toEqual([])
})

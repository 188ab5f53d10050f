import { screen, within } from '@testing-library/react'
import { renderApp } from '../../../test/renderApp'

// Query links are input: one field repeated many times, or a field list of kilobytes.
jest.setTimeout(60_000)
const SLOW = { timeout: 20_000 }
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

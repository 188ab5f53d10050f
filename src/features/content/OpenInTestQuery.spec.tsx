/**
 * A tile's "Compare in Test query" opens its exact query: the pivots, table calculations, sorts,
 * limit and the dashboard's default filters it listens to, shown on the page and sent to Looker.
 */
import { screen, within } from '@testing-library/react'
import { fakeLooker, renderApp } from '../../../test/renderApp'
import { check, run } from '../../../test/shipPage'

const CARD = 'Dashboards and Looks'
const SLOW = { timeout: 30_000 }

async function openTile(title: string) {
  const looker = await fakeLooker()
  looker.setUserWorkspace('ada', 'dev')
  const bodies: unknown[] = []
  looker.intercept('create_query', async (req, next) => {
    bodies.push(req.body)
    return next()
  })
  const { user } = await renderApp({ looker, user: 'ada', route: '/projects/ecommerce/content' })
  await screen.findByRole('region', { name: CARD }, SLOW)
  await run(user, CARD, 'Compare content')
  const overview = within(check(CARD)).getByRole('region', { name: 'Orders overview' })
  const tile = within(overview).getByRole('listitem', { name: new RegExp(`^${title}: `) })
  const before = bodies.length
  await user.click(within(tile).getByRole('link', { name: 'Compare in Test query' }))
  const section = await screen.findByRole(
    'region',
    { name: 'Production against development' },
    SLOW
  )
  return { sent: bodies.slice(before), section }
}

test('a pivoted tile opens in Test query pivoted, and Looker is asked for the pivot', async () => {
  const { sent, section } = await openTile('Revenue by month and status')
  // Rows are matched on the month; each status is its own column, compared on its own.
  expect(
    within(section).getAllByRole('columnheader', { name: /Total Revenue · complete/ }).length
  ).toBeGreaterThan(0)
  expect(
    within(section).queryByRole('columnheader', { name: /^Orders Status/ })
  ).not.toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'Query' })).toHaveTextContent(
    'Pivoted on orders.status'
  )
  expect(sent).toEqual([
    expect.objectContaining({
      fields: ['orders.created_month', 'orders.status', 'orders.total_revenue'],
      pivots: ['orders.status'],
      sorts: ['orders.created_month'],
      limit: '500',
    }),
  ])
})

test('a tile with a table calculation keeps it and the dashboard filter it listens to', async () => {
  const { sent, section } = await openTile('Share of revenue by status')
  expect(
    within(section).getAllByRole('columnheader', { name: /Share of revenue/ }).length
  ).toBeGreaterThan(0)
  expect(screen.getByRole('region', { name: 'Query' })).toHaveTextContent(
    'Table calculations: Share of revenue'
  )
  expect(sent).toEqual([
    expect.objectContaining({
      fields: ['orders.status', 'orders.total_revenue'],
      filters: { 'orders.status': 'complete,shipped' },
      dynamic_fields: expect.stringContaining('"table_calculation":"share_of_revenue"'),
    }),
  ])
})

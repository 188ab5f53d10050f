import { screen, within } from '@testing-library/react'
import { memoryHost } from '../../../test/memoryHost'
import { fakeLooker, renderApp } from '../../../test/renderApp'
import { check, openShip, run, statusOf } from '../../../test/shipPage'

const CARD = 'Dashboards and Looks'

test('on its own page: revenue tiles differ, count tiles have the same SQL, each with its links', async () => {
  const looker = await fakeLooker()
  looker.setUserWorkspace('ada', 'dev')
  const { user } = await renderApp({ looker, user: 'ada', route: '/projects/ecommerce/content' })
  await screen.findByRole('region', { name: CARD }, { timeout: 30_000 })
  expect(statusOf(CARD)).toHaveTextContent('Not run')
  await run(user, CARD, 'Compare content')
  expect(statusOf(CARD)).toHaveTextContent('Failed')
  const overview = within(check(CARD)).getByRole('region', { name: 'Orders overview' })
  const revenue = within(overview).getByRole('listitem', {
    name: /^Revenue by status: \d+ rows? differ/,
  })
  expect(within(revenue).getByRole('link', { name: 'Compare in Test query' })).toHaveAttribute(
    'href',
    expect.stringContaining('compare=1')
  )
  expect(within(overview).getByRole('listitem', { name: 'Order count: Same SQL' })).toBeVisible()
  expect(
    within(overview).getByRole('listitem', {
      name: /^About these numbers: Not compared: a text tile/,
    })
  ).toBeVisible()
  expect(
    within(overview).getByRole('listitem', { name: /^Revenue against spend: Not compared: merged/ })
  ).toBeVisible()
  expect(within(overview).getByRole('link', { name: 'Orders overview' })).toHaveAttribute(
    'href',
    '/dashboards/31'
  )
  // Changed tiles come first on the dashboard.
  const lines = within(overview)
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label'))
  expect(lines[lines.length - 1]).toMatch(/Not compared/)
  expect(lines[0]).toMatch(/differ/)
  // The filter keeps changes only.
  await user.selectOptions(within(check(CARD)).getByRole('combobox', { name: 'Show' }), 'changed')
  expect(
    within(overview).queryByRole('listitem', { name: 'Order count: Same SQL' })
  ).not.toBeInTheDocument()
  expect(looker.log.map((e) => e.operation)).not.toContain('update_session')
})

test('on the Ship page: a dashboard Looker refuses is its own line with Retry; the result stays', async () => {
  const looker = await fakeLooker()
  looker.fail('dashboard', 403, 'You do not have access to this dashboard', 1)
  const host = memoryHost()
  const { user } = await openShip('ecommerce', { looker, host })
  await run(user, CARD, 'Compare content')
  const failures = within(check(CARD)).getByRole('list', { name: 'Content that could not be read' })
  expect(failures).toHaveTextContent('Orders overview could not be read: You do not have access')
  // The rest went on: the LookML dashboard was compared.
  expect(within(check(CARD)).getByRole('region', { name: 'Categories (LookML)' })).toBeVisible()
  await user.click(within(failures).getByRole('button', { name: 'Retry Orders overview' }))
  expect(
    await within(check(CARD)).findByRole('region', { name: 'Orders overview' }, { timeout: 30_000 })
  ).toBeVisible()
  expect(
    within(check(CARD)).queryByRole('list', { name: 'Content that could not be read' })
  ).not.toBeInTheDocument()
})

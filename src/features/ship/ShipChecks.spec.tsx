import { screen, waitFor, within } from '@testing-library/react'
import { memoryHost } from '../../../test/memoryHost'
import { fakeLooker, renderApp } from '../../../test/renderApp'
import { check, checkout, openShip, run, statusOf } from '../../../test/shipPage'

beforeAll(() => {
  Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined })
})

const TESTS = 'LookML data tests'

test('data tests are a check: results fill in, stay when you come back, and turn stale when the branch moves', async () => {
  const looker = await fakeLooker()
  // revenue_matches_gross is slow: Looker holds its answer until released.
  let release = () => undefined as void
  const released = new Promise<void>((r) => (release = r))
  looker.intercept('run_lookml_test', async (req, next) => {
    if (req.query?.test === 'revenue_matches_gross') await released
    return next()
  })
  const host = memoryHost()
  const first = await openShip('ecommerce', { looker, host })
  expect(statusOf(TESTS)).toHaveTextContent('Not run')
  await first.user.click(within(check(TESTS)).getByRole('button', { name: 'Run all data tests' }))
  // The fast test's result shows while the slow one still runs, with progress and Cancel.
  const soFar = await within(check(TESTS)).findByRole('region', { name: 'Data test results' })
  expect(soFar).toHaveTextContent('So far: 1 of 1 passed.')
  expect(statusOf(TESTS)).toHaveTextContent('Running')
  expect(
    within(check(TESTS)).getByRole('status', { name: '1 of 2 data tests finished' })
  ).toBeVisible()
  expect(within(check(TESTS)).getByRole('button', { name: 'Cancel' })).toBeVisible()
  release()
  await waitFor(() => expect(statusOf(TESTS)).toHaveTextContent('Failed'))
  const results = within(check(TESTS)).getByRole('region', { name: 'Data test results' })
  expect(results).toHaveTextContent('Ran on development models: 1 of 2 passed.')
  expect(
    within(results).getByRole('listitem', { name: 'revenue_matches_gross: failed' })
  ).toHaveTextContent('Assertion "revenue_equals_gross" failed')
  first.unmount()

  // Back on the page: the last run is read from local storage, nothing runs again.
  const runs = looker.log.filter((e) => e.operation === 'run_lookml_test').length
  const view = await renderApp({ looker, host, route: '/projects/ecommerce/ship' })
  await waitFor(() => expect(statusOf(TESTS)).toHaveTextContent('Failed'))
  expect(
    within(check(TESTS)).getByRole('listitem', { name: 'revenue_matches_gross: failed' })
  ).toBeVisible()
  expect(looker.log.filter((e) => e.operation === 'run_lookml_test')).toHaveLength(runs)
  view.unmount()

  // The branch head moves: the result is kept, marked stale with the commit it ran on.
  await checkout(looker, 'ada', 'ecommerce', 'feature/label-warning')
  await renderApp({ looker, host, route: '/projects/ecommerce/ship' })
  await waitFor(() => expect(statusOf(TESTS)).toHaveTextContent('Stale'))
  expect(check(TESTS)).toHaveTextContent(/Ran on \w{7}; the branch has moved since/)
  expect(check(TESTS)).toHaveTextContent('Ran on development models: 1 of 2 passed.')
})

test('Cancel stops waiting for the data tests and records nothing', async () => {
  const looker = await fakeLooker()
  const { release } = looker.hold('run_lookml_test')
  const { user } = await openShip('ecommerce', { looker })
  await user.click(within(check(TESTS)).getByRole('button', { name: 'Run all data tests' }))
  await user.click(await within(check(TESTS)).findByRole('button', { name: 'Cancel' }))
  expect(statusOf(TESTS)).toHaveTextContent('Not run')
  expect(within(check(TESTS)).getByRole('button', { name: 'Run all data tests' })).toBeEnabled()
  release()
})

const spec = (fields: string[], filters: Record<string, string> = {}) => ({
  model: 'ecommerce',
  explore: 'orders',
  fields,
  filters,
  sorts: [],
  limit: 500,
})

/** Three saved queries of ecommerce: one the branch leaves alone, one it changes, one production cannot run. */
function savedQueries() {
  const host = memoryHost()
  host.items.set(
    'saved-queries:ecommerce',
    JSON.stringify([
      { name: 'Average discount', spec: spec(['orders.average_discount']) },
      {
        name: 'Complete revenue',
        spec: spec(['orders.status', 'orders.total_revenue'], { 'orders.status': 'complete' }),
      },
      { name: 'Orders by status', spec: spec(['orders.status', 'orders.count']) },
    ])
  )
  return host
}

const SAVED = 'Saved queries'

test('saved queries: one line each, identical, differs (how many rows) or fails on a side; a line opens the full comparison', async () => {
  const { user } = await openShip('ecommerce', { host: savedQueries() })
  await run(user, SAVED, 'Compare saved queries')
  // A query that fails on one side fails the check.
  expect(statusOf(SAVED)).toHaveTextContent('Failed')
  const lines = within(check(SAVED)).getByRole('list', { name: 'Saved queries compared' })
  expect(
    within(lines)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
  ).toEqual([
    expect.stringMatching(/^Average discount: fails on production: .+/),
    'Complete revenue: differs (1 row)',
    'Orders by status: identical',
  ])
  expect(within(lines).getByRole('listitem', { name: 'Orders by status: identical' })).toBeVisible()
  expect(within(lines).getByRole('listitem', { name: 'Complete revenue: differs' })).toBeVisible()
  expect(within(lines).getByRole('listitem', { name: 'Average discount: fails' })).toBeVisible()

  // The line opens Test query on that query and compares it there in full.
  await user.click(within(lines).getByRole('link', { name: 'Complete revenue' }))
  const full = await screen.findByRole(
    'region',
    { name: 'Production against development' },
    { timeout: 30_000 }
  )
  expect(
    await within(full).findByText(
      '1 row differs: 1 changed, 0 only in production, 0 only in development.'
    )
  ).toBeVisible()
  expect(within(full).getByRole('table', { name: 'Rows compared' })).toBeVisible()
})

test('saved query comparisons are kept across leaving and coming back', async () => {
  const host = savedQueries()
  const first = await openShip('ecommerce', { host })
  await run(first.user, SAVED, 'Compare saved queries')
  first.unmount()
  const fresh = await fakeLooker()
  fresh.setUserWorkspace('ada', 'dev')
  await renderApp({ looker: fresh, host, route: '/projects/ecommerce/ship' })
  await waitFor(() => expect(statusOf(SAVED)).toHaveTextContent('Failed'))
  expect(check(SAVED)).toHaveTextContent('Complete revenue: differs (1 row)')
  expect(fresh.log.filter((e) => e.operation === 'create_query_task')).toHaveLength(0)
})

test('SQL impact compares at most 4 explores at once', async () => {
  const looker = await fakeLooker()
  // Ten explores more in ecommerce's model (Looker answers 404 for them): enough to fill the lanes.
  looker.intercept('all_lookml_models', async (_req, next) => {
    const res = await next()
    const models = res.body as Array<{ name: string; explores: Array<{ name: string }> }>
    const model = models.find((m) => m.name === 'ecommerce')!
    const [first] = model.explores
    for (let i = 0; i < 10; i++) model.explores.push({ ...first!, name: `extra_${i}` })
    return res
  })
  let inFlight = 0
  let most = 0
  looker.intercept('lookml_model_explore', async (_req, next) => {
    most = Math.max(most, ++inFlight)
    try {
      return await next()
    } finally {
      inFlight--
    }
  })
  const held = looker.hold('lookml_model_explore')
  const { user } = await openShip('ecommerce', { looker })
  await user.click(within(check('SQL impact')).getByRole('button', { name: 'Compare SQL' }))
  await waitFor(() => expect(held.waiting).toBe(4))
  held.release()
  await waitFor(() => expect(statusOf('SQL impact')).toHaveTextContent('Failed'), {
    timeout: 30_000,
  })
  expect(most).toBe(4)
  expect(check('SQL impact')).toHaveTextContent('extra_9')
})

test('content validation: progress and Cancel; after a Cancel the session is still put back, and the last result is kept', async () => {
  const looker = await fakeLooker()
  const held = looker.hold('content_validation')
  const host = memoryHost()
  const first = await openShip('ecommerce', { looker, host, branch: 'feature/drop-avg-price' })
  const CONTENT = 'Content that would break'
  await first.user.click(within(check(CONTENT)).getByRole('button', { name: 'Validate content' }))
  expect(
    await within(check(CONTENT)).findByRole('status', {
      name: 'Validating content in Development Mode',
    })
  ).toBeVisible()
  await first.user.click(within(check(CONTENT)).getByRole('button', { name: 'Cancel' }))
  expect(statusOf(CONTENT)).toHaveTextContent('Not run')
  held.release()
  // The work already asked of Looker finishes inside the session lock and puts the session back.
  await waitFor(() =>
    expect(looker.log.filter((e) => e.operation === 'content_validation')).toHaveLength(2)
  )
  await waitFor(() =>
    expect(screen.getByRole('switch', { name: 'Development Mode' })).toBeChecked()
  )
  expect(statusOf(CONTENT)).toHaveTextContent('Not run')
  await run(first.user, CONTENT, 'Validate content')
  expect(statusOf(CONTENT)).toHaveTextContent('Failed')
  first.unmount()
  await renderApp({ looker, host, route: '/projects/ecommerce/ship' })
  await waitFor(() => expect(statusOf(CONTENT)).toHaveTextContent('Failed'))
  expect(check(CONTENT)).toHaveTextContent('Tile "Average sale price by category"')
})

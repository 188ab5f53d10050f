import { screen, waitFor, within } from '@testing-library/react'
import { memoryHost } from '../../../test/memoryHost'
import { fakeLooker, renderApp } from '../../../test/renderApp'
import { check, checkout, openShip, run, statusOf } from '../../../test/shipPage'

test('a clean branch: validated, then deployed by Ada after a confirmation naming the branch', async () => {
  const { user } = await openShip('ecommerce')
  expect(screen.getByLabelText('Branch and production')).toHaveTextContent(
    /Branch feature\/net-revenue at \w{7}; production \(main\) at \w{7}/
  )
  expect(statusOf('LookML validation')).toHaveTextContent('Not run')
  await run(user, 'LookML validation', 'Validate LookML')
  expect(statusOf('LookML validation')).toHaveTextContent('Passed')
  expect(check('LookML validation')).toHaveTextContent('No LookML errors or warnings.')

  const deploy = screen.getByRole('region', { name: 'Deploy' })
  await user.click(within(deploy).getByRole('button', { name: 'Deploy feature/net-revenue' }))
  const dialog = await screen.findByRole('dialog')
  expect(dialog).toHaveTextContent('Deploy feature/net-revenue to production?')
  // Focus starting on Cancel is checked in the browser flow: jsdom never starts the focus trap.
  await user.click(within(dialog).getByRole('button', { name: 'Deploy feature/net-revenue' }))
  const result = await within(deploy).findByRole(
    'status',
    { name: 'Deploy result' },
    { timeout: 30_000 }
  )
  const head = /at (\w{7});/.exec(screen.getByLabelText('Branch and production').textContent!)![1]!
  expect(result).toHaveTextContent(`Deployed feature/net-revenue: production now runs ${head}.`)
  await waitFor(() =>
    expect(screen.getByLabelText('Branch and production')).toHaveTextContent(
      `production (main) at ${head}`
    )
  )
  expect(
    within(result).getByRole('button', { name: 'Compare the saved queries again' })
  ).toBeVisible()
})

test('a branch with a typo: errors grouped by file, each opening the IDE at its line', async () => {
  const host = memoryHost()
  const { user } = await openShip('ecommerce', { branch: 'feature/typo', host })
  await run(user, 'LookML validation', 'Validate LookML')
  expect(statusOf('LookML validation')).toHaveTextContent('Failed')
  const file = within(check('LookML validation')).getByRole('region', {
    name: 'ecommerce/views/orders.view.lkml',
  })
  expect(file).toHaveTextContent('error')
  expect(file).toHaveTextContent('users.age_band')
  await user.click(within(file).getByRole('link', { name: 'Open in the IDE at line 42' }))
  expect(host.visited).toEqual(['/projects/ecommerce/files/views/orders.view.lkml?line=42'])
})

test('a warning only passes where the project allows warnings', async () => {
  const { user } = await openShip('ecommerce', { branch: 'feature/label-warning' })
  await run(user, 'LookML validation', 'Validate LookML')
  expect(statusOf('LookML validation')).toHaveTextContent('Passed')
  expect(check('LookML validation')).toHaveTextContent('0 errors, 1 warning.')
  expect(check('LookML validation')).toHaveTextContent(
    '"sql_trigger_value" parameter is deprecated'
  )
})

test('results stay when you come back, and turn stale when the branch moves', async () => {
  const host = memoryHost()
  const first = await openShip('ecommerce', { host })
  await run(first.user, 'LookML validation', 'Validate LookML')
  first.unmount()
  // A fresh Looker has no validation of its own to show: what shows comes from local storage.
  const fresh = await fakeLooker()
  fresh.setUserWorkspace('ada', 'dev')
  const view = await renderApp({ looker: fresh, host, route: '/projects/ecommerce/ship' })
  await waitFor(() => expect(statusOf('LookML validation')).toHaveTextContent('Passed'))
  view.unmount()
  await checkout(first.looker, 'ada', 'ecommerce', 'feature/label-warning')
  await renderApp({ looker: first.looker, host, route: '/projects/ecommerce/ship' })
  await waitFor(() => expect(statusOf('LookML validation')).toHaveTextContent('Stale'))
  expect(check('LookML validation')).toHaveTextContent(/Ran on \w{7}; the branch has moved since/)
})

test('Grace, who may not deploy, is told why', async () => {
  await openShip('ecommerce', { user: 'grace' })
  const deploy = screen.getByRole('region', { name: 'Deploy' })
  expect(within(deploy).getByRole('list', { name: 'Why you cannot deploy' })).toHaveTextContent(
    'Your Looker roles do not include the deploy permission'
  )
  expect(within(deploy).getByRole('button', { name: /^Deploy / })).toHaveAttribute(
    'aria-disabled',
    'true'
  )
})

test('a project that requires pull requests offers one on the git host instead of a deploy', async () => {
  await openShip('inventory')
  const deploy = screen.getByRole('region', { name: 'Deploy' })
  expect(within(deploy).queryByRole('button', { name: /^Deploy/ })).not.toBeInTheDocument()
  expect(within(deploy).getByRole('link', { name: 'Open a pull request' })).toHaveAttribute(
    'href',
    'https://github.com/acme-analytics/inventory/compare/main...dev-ada-lovelace-4d59?expand=1'
  )
})

test('Looker’s refusal of a deploy is shown with its message and link, and not retried', async () => {
  const { user, looker, calls } = await openShip('ecommerce')
  looker.addFault({
    operation: 'deploy_to_production',
    status: 400,
    message: 'Remote rejected the push',
  })
  const deploy = screen.getByRole('region', { name: 'Deploy' })
  await user.click(within(deploy).getByRole('button', { name: 'Deploy feature/net-revenue' }))
  await user.click(
    within(await screen.findByRole('dialog')).getByRole('button', {
      name: 'Deploy feature/net-revenue',
    })
  )
  const alert = await within(deploy).findByRole('alert')
  expect(alert).toHaveTextContent('Looker refused the deploy: Remote rejected the push')
  expect(within(alert).getByRole('link', { name: 'Looker documentation (HTTP 400)' })).toBeVisible()
  expect(calls.filter((c) => c === 'deploy_to_production')).toHaveLength(1)
})

test('a branch that removes a field shows the dashboard tile it breaks, and the session is put back', async () => {
  const { user } = await openShip('ecommerce', { branch: 'feature/drop-avg-price' })
  await run(user, 'Content that would break', 'Validate content')
  expect(statusOf('Content that would break')).toHaveTextContent('Failed')
  const tile = within(check('Content that would break')).getByRole('listitem', {
    name: 'Tile "Average sale price by category" on dashboard "Sales overview"',
  })
  expect(tile).toHaveTextContent('Unknown or inaccessible field "orders.average_sale_price"')
  expect(within(tile).getByRole('link', { name: 'Open the dashboard' })).toHaveAttribute(
    'href',
    '/dashboards/21'
  )
  expect(screen.getByRole('switch', { name: 'Development Mode' })).toBeChecked()
})

test('content validation uses the comparison’s put-back: retried, then a banner and a way back', async () => {
  const { user, looker } = await openShip('ecommerce')
  // The visit to production is let through; the four attempts to switch back fail.
  let armed = false
  looker.intercept('update_session', async (_req, next) => {
    const res = await next()
    if (!armed && res.status === 200) {
      armed = true
      looker.addFault({ operation: 'update_session', status: 500, message: 'Boom', times: 4 })
    }
    return res
  })
  const content = within(check('Content that would break'))
  await user.click(content.getByRole('button', { name: 'Validate content' }))
  // The Ship page follows the session into production; the banner says why and offers the way back.
  const banner = await screen.findByRole(
    'region',
    { name: 'Session left in production' },
    { timeout: 30_000 }
  )
  expect(banner).toHaveTextContent(
    'Your Looker session is still in production because the content validation could not switch it back.'
  )
  const tries = looker.log.filter((e) => e.operation === 'update_session').map((e) => e.status)
  expect(tries).toEqual([200, 500, 500, 500, 500])
  await user.click(within(banner).getByRole('button', { name: 'Switch back to Development Mode' }))
  await waitFor(() =>
    expect(
      screen.queryByRole('region', { name: 'Session left in production' })
    ).not.toBeInTheDocument()
  )
  expect(screen.getByRole('switch', { name: 'Development Mode' })).toBeChecked()
})

test('SQL impact lists the explores whose SQL changes and the fields new on the branch', async () => {
  const { user } = await openShip('ecommerce')
  await run(user, 'SQL impact', 'Compare SQL')
  const list = within(check('SQL impact')).getByRole('list', { name: 'Explores whose SQL differs' })
  const orders = within(list).getByRole('listitem', { name: 'ecommerce::orders: SQL changed' })
  expect(orders).toHaveTextContent(
    'new on the branch: orders.discount_band, orders.average_discount'
  )
  await user.click(
    within(orders).getByRole('button', { name: 'Show the SQL diff of ecommerce::orders' })
  )
  expect(within(orders).getByLabelText('SQL diff of ecommerce::orders')).toHaveTextContent('+')
  expect(
    within(list).getByRole('listitem', { name: 'ecommerce::discounted_orders: new on the branch' })
  ).toBeVisible()
})

test('a failing git credential shows Looker’s message', async () => {
  const { user } = await openShip('finance')
  await run(user, 'Git connection', 'Test the git connection')
  expect(statusOf('Git connection')).toHaveTextContent('Failed')
  expect(
    within(check('Git connection')).getByRole('listitem', {
      name: 'Writing to the repository: failed',
    })
  ).toHaveTextContent('marked as read only')
})

test('the query page’s data tests link here, where the project’s data tests run', async () => {
  const { user } = await renderApp({ workspace: 'dev', route: '/query' })
  const section = await screen.findByRole('region', { name: 'LookML data tests' })
  await user.selectOptions(await within(section).findByLabelText('Project'), 'ecommerce')
  await user.click(
    await within(section).findByRole('link', {
      name: 'Run them with the rest of the proof on the Ship page of ecommerce',
    })
  )
  const tests = await screen.findByRole('region', { name: 'LookML data tests' })
  await user.click(await within(tests).findByRole('button', { name: 'Run all data tests' }))
  expect(
    await within(tests).findByRole('region', { name: 'Data test results' }, { timeout: 30_000 })
  ).toHaveTextContent(/of 2 passed/)
})

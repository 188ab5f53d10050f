import { screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../../test/renderApp'

beforeAll(() => {
  Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined })
})

const route = (fields: string) => `/query?model=ecommerce&explore=orders&fields=${fields}&limit=500`

async function adaIn(workspace: 'dev' | 'production', fields: string, user = 'ada') {
  return renderApp({ user, workspace, route: route(fields) })
}

const compareButton = () =>
  screen.findByRole('button', { name: 'Compare production and development' })
const badge = () => screen.getByLabelText('Current workspace')
// Two query tasks answer after a few polls: on a loaded machine that takes more than a second.
const SLOW = { timeout: 30_000 }

test('from Development Mode: the SQL diff and the changed measure, highlighted', async () => {
  const { user, looker } = await adaIn('dev', 'orders.status,orders.total_revenue')
  await user.click(await compareButton())
  const section = await screen.findByRole(
    'region',
    { name: 'Production against development' },
    SLOW
  )
  expect(
    await within(section).findByText(
      /^5 rows differ: 5 changed, 0 only in production, 0 only in development\.$/
    )
  ).toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'Query result' })).toHaveFocus()
  const sql = within(section).getByRole('list', { name: 'SQL differences' })
  expect(
    within(sql).getByLabelText(/^only in production: .*SUM\(orders\.sale_price \)/)
  ).toBeInTheDocument()
  expect(
    within(sql).getByLabelText(
      /^only in development: .*SUM\(orders\.sale_price - orders\.discount \)/
    )
  ).toBeInTheDocument()
  const rows = within(section).getByRole('table', { name: 'Rows compared' })
  const complete = within(rows).getByRole('row', { name: /\bcomplete\b/ })
  // Both values as Looker formats them (usd), and the difference, absolute and in percent.
  const cell = within(complete).getByRole('cell', {
    name: /^changed: production \$[\d,.]+, development \$[\d,.]+, −[\d,.]+ \(−[\d.]+%\)$/,
  })
  expect(cell).toHaveTextContent(/\$[\d,.]+ → \$[\d,.]+−[\d,.]+ \(−[\d.]+%\)/)
  // The chart of the first measure: one pair of bars per row.
  const chart = within(section).getByRole('figure', {
    name: 'Orders Total Revenue: production against development',
  })
  expect(within(chart).getAllByRole('listitem')).toHaveLength(5)
  expect(within(chart).getAllByText(/^production \$[\d,.]+, development \$[\d,.]+$/)).toHaveLength(
    5
  )
  expect(within(complete).getByRole('cell', { name: 'changed' })).toBeInTheDocument()
  const runs = looker.log.filter((e) => e.operation === 'create_query_task')
  expect(runs.map((e) => e.queryWorkspace).sort()).toEqual(['dev', 'production'])
  // The session never left Development Mode.
  expect(looker.log.filter((e) => e.operation === 'update_session')).toHaveLength(0)
})

test('numbers within the tolerance count as equal', async () => {
  const { user } = await adaIn('dev', 'orders.status,orders.total_revenue')
  await user.click(await compareButton())
  const section = await screen.findByRole(
    'region',
    { name: 'Production against development' },
    SLOW
  )
  await within(section).findByText(/5 rows differ/)
  const tolerance = within(section).getByRole('textbox', { name: 'Numbers equal within' })
  await user.clear(tolerance)
  await user.type(tolerance, '1000000{Enter}')
  expect(await within(section).findByText('Identical: all 5 rows match.')).toBeInTheDocument()
  // "Changed rows only" then leaves no row to show, and says so; off again, all five are back.
  const changedOnly = within(section).getByRole('switch', { name: 'Changed rows only' })
  await user.click(changedOnly)
  expect(within(section).getByText('No row changed.')).toBeInTheDocument()
  expect(within(section).queryByRole('table', { name: 'Rows compared' })).not.toBeInTheDocument()
  await user.click(changedOnly)
  const table = within(section).getByRole('table', { name: 'Rows compared' })
  expect(within(table).getAllByRole('row')).toHaveLength(6)
})

test('a field only in development: named once, its values shown, rows compared on the rest', async () => {
  const { user } = await adaIn('dev', 'orders.status,orders.average_discount')
  await user.click(await compareButton())
  const section = await screen.findByRole(
    'region',
    { name: 'Production against development' },
    SLOW
  )
  // Looker ran production without the field (it drops unknown fields silently): that is said
  // once, and no row counts as changed because production lacks the column.
  expect(
    await within(section).findByText('only in development: orders.average_discount')
  ).toBeInTheDocument()
  expect(within(section).getByRole('status')).toHaveTextContent('Identical: all 5 rows match.')
  // The new measure can be checked here: its development values, production has no such field.
  const table = within(section).getByRole('table', { name: 'Rows compared' })
  expect(
    within(table).getByRole('columnheader', {
      name: /Orders Average Discount \(development only\)/,
    })
  ).toBeInTheDocument()
  const complete = within(table).getByRole('row', { name: /\bcomplete\b/ })
  expect(
    within(complete).getByRole('cell', {
      name: /^development \d+\.\d{2}, production: no such field$/,
    })
  ).toHaveTextContent(/^\d+\.\d{2}$/)
})

test('only development fields: production fails plainly, development still shows', async () => {
  const { user } = await adaIn('dev', 'orders.average_discount')
  await user.click(await compareButton())
  const section = await screen.findByRole(
    'region',
    { name: 'Production against development' },
    SLOW
  )
  const production = await within(section).findByRole('region', { name: 'Production result' })
  expect(
    within(production).getByText('not in production: orders.average_discount')
  ).toBeInTheDocument()
  expect(within(production).getByRole('alert')).toHaveTextContent(
    /Must query at least one dimension or measure/
  )
  const development = within(section).getByRole('region', { name: 'Development result' })
  expect(
    within(development).getByRole('columnheader', { name: 'Orders Average Discount' })
  ).toBeInTheDocument()
  expect(within(development).getByText(/^1 row/)).toBeInTheDocument()
})

test('from production: asks before switching, then compares and puts production back', async () => {
  const { user, looker } = await adaIn('production', 'orders.status,orders.total_revenue')
  await user.click(await compareButton())
  expect(await screen.findByText(/needs Development Mode/)).toBeInTheDocument()
  expect(looker.log.filter((e) => e.operation === 'create_query_task')).toHaveLength(0)
  await user.click(screen.getByRole('button', { name: 'Switch for the comparison' }))
  const section = await screen.findByRole(
    'region',
    { name: 'Production against development' },
    SLOW
  )
  expect(await within(section).findByText(/5 rows differ/)).toBeInTheDocument()
  expect(
    within(section).getByText(/switched to Development Mode for the comparison and put back/)
  ).toBeInTheDocument()
  await waitFor(() => expect(badge()).toHaveTextContent('Production'))
  expect(looker.log.filter((e) => e.operation === 'update_session').map((e) => e.status)).toEqual([
    200, 200,
  ])
  expect(
    looker.log
      .filter((e) => e.operation === 'create_query_task')
      .map((e) => e.queryWorkspace)
      .sort()
  ).toEqual(['dev', 'production'])
})

test('when the comparison fails after switching, production is still put back', async () => {
  const { user, looker } = await adaIn('production', 'orders.status')
  looker.addFault({
    operation: 'create_query',
    status: 500,
    message: 'Internal server error',
    times: 1,
  })
  await user.click(await compareButton())
  await user.click(await screen.findByRole('button', { name: 'Switch for the comparison' }))
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('The query could not run: Internal server error')
  await waitFor(() => expect(badge()).toHaveTextContent('Production'))
  const sessions = looker.log.filter((e) => e.operation === 'update_session')
  expect(sessions).toHaveLength(2)
})

test('a user Looker refuses Development Mode gets Looker’s answer and stays in production', async () => {
  const { user } = await adaIn('production', 'orders.status', 'vic')
  await user.click(await compareButton())
  await user.click(await screen.findByRole('button', { name: 'Switch for the comparison' }))
  await waitFor(() =>
    expect(
      screen
        .getAllByRole('alert')
        .map((a) => a.textContent)
        .join(' ')
    ).toMatch(/The query could not run/)
  )
  expect(badge()).toHaveTextContent('Production')
})

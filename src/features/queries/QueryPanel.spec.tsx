import { sleep } from '../../shared/abort'
import { act, screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../test/renderApp'

// jsdom has no object URLs: keep each Blob so a test can read the CSV a person would download.

const blobs = new Map<string, Blob>()
beforeAll(() => {
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size + 1}`
      blobs.set(url, blob)
      return url
    },
    revokeObjectURL: () => undefined,
  })
})

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.readAsText(blob)
  })
}

const route = (fields: string, extra = '') =>
  `/query?model=ecommerce&explore=orders&fields=${fields}&limit=500${extra}`

async function runButton() {
  return screen.findByRole('button', { name: 'Run' })
}

// A query task answers after a few polls: on a loaded machine that takes more than a second.
const SLOW = { timeout: 30_000 }

/** Opens the collapsed "Generated SQL" of a result and returns its figure. */
async function openSql(
  user: { click(e: Element): Promise<void> },
  result: HTMLElement,
  name: string
) {
  await user.click(within(result).getByRole('button', { name: 'Generated SQL' }))
  return within(result).getByRole('figure', { name })
}

test('builds a query from the explore: model, explore, fields by view with search', async () => {
  const { user } = await renderApp({ route: '/query' })
  await user.selectOptions(await screen.findByLabelText('Model'), 'Ecommerce')
  await user.selectOptions(screen.getByLabelText('Explore'), 'Orders')
  // Grouped by view as in Explore: the explore's own view open, joined views folded.
  const dims = await screen.findByRole('group', { name: 'Orders Dimensions' })
  const measures = screen.getByRole('group', { name: 'Orders Measures' })
  expect(within(dims).getByRole('checkbox', { name: /Orders Status/ })).toBeInTheDocument()
  expect(screen.queryByRole('group', { name: 'Users Dimensions' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Users' }))
  expect(
    within(screen.getByRole('group', { name: 'Users Dimensions' })).getByRole('checkbox', {
      name: /Users Country/,
    })
  ).toBeInTheDocument()
  expect(
    within(measures).getByRole('checkbox', { name: /Orders Total Revenue/ })
  ).toBeInTheDocument()
  // Production has no average discount: it is a development-only field.
  expect(screen.queryByRole('checkbox', { name: /Average Discount/ })).not.toBeInTheDocument()

  await user.click(screen.getByRole('searchbox', { name: 'Search fields' }))
  await user.paste('revenue')
  expect(screen.queryByRole('group', { name: 'Orders Dimensions' })).not.toBeInTheDocument()
  expect(screen.queryByRole('group', { name: 'Users Dimensions' })).not.toBeInTheDocument()
  // Only fields whose label matches the search remain.
  const shown = within(measures).getAllByRole('checkbox')
  expect(within(measures).getAllByRole('checkbox', { name: /revenue/i })).toEqual(shown)
  expect(within(measures).getByRole('checkbox', { name: /Total Revenue/ })).toBeInTheDocument()
  expect(within(measures).queryByRole('checkbox', { name: /Orders Count/ })).not.toBeInTheDocument()
  // Unavailable, with the reason in words beside it and announced with the button.
  const run = await runButton()
  expect(run).toHaveAttribute('aria-disabled', 'true')
  expect(run).toHaveAccessibleDescription('Pick a model, an explore and at least one field first.')
  await user.click(run)
  expect(screen.queryByRole('status', { name: 'Running the query' })).not.toBeInTheDocument()
  await user.click(within(measures).getByRole('checkbox', { name: /Total Revenue/ }))
  expect(await runButton()).toHaveAttribute('aria-disabled', 'false')
  expect(await runButton()).not.toHaveAccessibleDescription()
}, 90_000)

test('runs in production: rows, row count, the generated SQL and a CSV download', async () => {
  const { user, looker } = await renderApp({ route: route('orders.status,orders.total_revenue') })
  await user.click(await runButton())
  const result = await screen.findByRole('region', { name: 'Production result' }, SLOW)
  // The result region takes focus, so the person (and a screen reader) lands on the answer.
  expect(screen.getByRole('region', { name: 'Query result' })).toHaveFocus()
  expect(within(result).getByText('Production')).toBeInTheDocument()
  expect(within(result).getByText(/^5 rows · ran in \d+\.\d s$/)).toBeInTheDocument()
  const table = within(result).getByRole('table', { name: 'Production rows' })
  const revenue = within(table).getByRole('columnheader', { name: 'Orders Total Revenue' })
  expect(within(table).getByRole('cell', { name: 'complete' })).toBeInTheDocument()
  // Looker's formatting (value_format_name: usd), not the raw number.
  const complete = within(table).getByRole('row', { name: /complete/ })
  expect(within(complete).getByRole('cell', { name: /^\$\d{1,3}(,\d{3})*\.\d\d$/ })).toBeVisible()
  // Sort by revenue: the column says so, and the rows follow the raw values.
  await user.click(within(revenue).getByRole('button', { name: 'Orders Total Revenue' }))
  expect(revenue).toHaveAttribute('aria-sort', 'ascending')
  const amounts = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => Number(within(r).getAllByRole('cell')[1]!.textContent!.replace(/[$,]/g, '')))
  expect(amounts).toEqual([...amounts].sort((a, b) => a - b))
  expect(await openSql(user, result, 'Production SQL')).toHaveTextContent(
    /SUM\(orders\.sale_price \)/
  )
  const link = within(result).getByRole('link', { name: 'Download CSV' })
  expect(link).toHaveAttribute('download', 'query-production.csv')
  // The file is made as the link is reached (keyboard focus here; a pointer or a click also do).
  act(() => link.focus())
  const csv = await readBlob(blobs.get(link.getAttribute('href')!)!)
  expect(csv.split('\r\n')[0]).toBe('Orders Status,Orders Total Revenue')
  expect(csv.split('\r\n')).toHaveLength(7) // header, 5 rows, final newline
  const runs = looker.log.filter((e) => e.operation === 'create_query_task')
  expect(runs.map((e) => e.queryWorkspace)).toEqual(['production'])
}, 90_000)

test('a sort typed as Looker writes it orders the rows Looker returns', async () => {
  const { user } = await renderApp({ route: route('orders.status,orders.total_revenue') })
  const sorts = await screen.findByRole('textbox', { name: 'Sorts' })
  await user.type(sorts, 'orders.status desc{Enter}')
  await user.click(await runButton())
  const result = await screen.findByRole('region', { name: 'Production result' })
  const table = within(result).getByRole('table', { name: 'Production rows' })
  const statuses = within(table)
    .getAllByRole('row')
    .slice(1) // the header row
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent)
  expect(statuses).toHaveLength(5)
  expect(statuses).toEqual([...statuses].sort().reverse())
  // Looker's default order (the first measure, descending) is not the status order here.
  expect(statuses).not.toEqual([...statuses].sort())
})

test('runs in Development Mode on the branch: the label and the SQL say development', async () => {
  const { user, looker } = await renderApp({
    workspace: 'dev',
    route: route('orders.status,orders.total_revenue,orders.average_discount'),
  })
  await user.click(await runButton())
  const result = await screen.findByRole('region', { name: 'Development result' }, SLOW)
  expect(await openSql(user, result, 'Development SQL')).toHaveTextContent(
    /SUM\(orders\.sale_price - orders\.discount \)/
  )
  expect(
    within(result).getByRole('columnheader', { name: 'Orders Average Discount' })
  ).toBeInTheDocument()
  expect(
    looker.log.filter((e) => e.operation === 'create_query_task').map((e) => e.queryWorkspace)
  ).toEqual(['dev'])
})

test('another Looker tab leaving Development Mode during a run: no false label, the bar follows', async () => {
  const { user } = await renderApp({
    workspace: 'dev',
    route: route('orders.status,orders.total_revenue'),
    // The other tab switches right after Looker created the query, before the task is started.
    beforeMount: (looker) =>
      looker.intercept('create_query', async (_req, next) => {
        const res = await next()
        looker.setUserWorkspace('ada', 'production')
        return res
      }),
  })
  await user.click(await runButton())
  const result = await screen.findByRole('region', { name: 'Development result' })
  expect(within(result).getByRole('alert')).toHaveTextContent(
    /The workspace changed during the run/
  )
  expect(within(result).queryByRole('table')).not.toBeInTheDocument()
  expect(screen.getByLabelText('Current workspace')).toHaveTextContent('Production')
})

test('a bad limit gets a clear message and changes nothing', async () => {
  const { user, looker } = await renderApp({ route: route('orders.status', '') })
  const limit = await screen.findByRole('textbox', { name: 'Row limit' })
  await user.clear(limit)
  await user.type(limit, '9000{Enter}')
  expect(
    await screen.findByText('The limit must be a whole number from 1 to 5,000.')
  ).toBeInTheDocument()
  await user.click(await runButton())
  await screen.findByRole('region', { name: 'Production result' }, SLOW)
  const created = looker.log.filter((e) => e.operation === 'create_query')
  expect(created).toHaveLength(1)
  // The query Looker got still has the URL's limit.
  const sql = await openSql(
    user,
    screen.getByRole('region', { name: 'Production result' }),
    'Production SQL'
  )
  expect(sql).toHaveTextContent('LIMIT 500')
})

test.each([
  // Looker drops unknown fields silently and refuses only a query left with none.
  ['an unknown field', route('orders.nope'), /Must query at least one dimension or measure/, 400],
  [
    'a bad filter',
    route('orders.status', '&f[orders.created_date]=garbage!!'),
    /Invalid filter on orders\.created_date/,
    422,
  ],
])(
  '%s shows Looker’s message and documentation link next to the query',
  async (_, r, message, status) => {
    const { user } = await renderApp({ route: r })
    await user.click(await runButton())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(message)
    expect(
      within(alert).getByRole('link', { name: `Looker documentation (HTTP ${status})` })
    ).toHaveAttribute('href', expect.stringContaining(`/r/err/4.0/${status}/`))
    // The rest of the page still works.
    expect(screen.getByRole('button', { name: 'Run' })).toHaveAttribute('aria-disabled', 'false')
    expect(screen.getByRole('switch', { name: 'Development Mode' })).toBeEnabled()
  }
)

test('a SQL error from the database shows Looker’s message with its documentation link', async () => {
  const { user, looker } = await renderApp({ route: route('orders.status') })
  looker.addFault({
    operation: 'query_task_results',
    status: 400,
    message: 'The SQLite database encountered an error while running this query. no such table',
    times: 1,
  })
  await user.click(await runButton())
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(/database encountered an error/)
  expect(within(alert).getByRole('link', { name: /HTTP 400/ })).toBeInTheDocument()
})

test('a slow query shows progress with elapsed time, and Cancel stops waiting and the query', async () => {
  const { user, looker } = await renderApp({
    queryOptions: { slowQueryMs: 60_000 },
    route: '/query?model=ecommerce&explore=slow_orders&fields=orders.status&limit=500',
  })
  await user.click(await runButton())
  expect(await screen.findByRole('status', { name: 'Running the query' })).toBeInTheDocument()
  expect(screen.getByRole('timer', { name: 'Elapsed time' })).toHaveTextContent(/^\d+ s$/)
  await waitFor(() =>
    expect(looker.log.filter((e) => e.operation === 'query_task').length).toBeGreaterThan(1)
  )
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  expect(await screen.findByText(/Cancelled: the app stopped waiting/)).toBeInTheDocument()
  expect(screen.queryByRole('status', { name: 'Running the query' })).not.toBeInTheDocument()
  await waitFor(() =>
    expect(looker.log.find((e) => e.operation === 'kill_query')?.status).toBe(204)
  )
  const polls = looker.log.filter((e) => e.operation === 'query_task').length
  await sleep(300)
  expect(looker.log.filter((e) => e.operation === 'query_task')).toHaveLength(polls)
  // Never asked for results of a task that did not finish.
  expect(looker.log.some((e) => e.operation === 'query_task_results')).toBe(false)
})

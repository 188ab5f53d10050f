/**
 * Query answers real Looker instances gave that the fake did not use to give
 * (docs/looker-api-behaviour.md "Development Mode notes" and "Transient expired").
 */
import { screen, within } from '@testing-library/react'
import { renderApp, type RenderAppOptions } from '../../../../test/renderApp'

type Behaviour = NonNullable<NonNullable<RenderAppOptions['lookerOptions']>['behaviour']>

beforeAll(() => {
  Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined })
})

/** The sandbox explore over a derived table whose SQL has a `-- if dev --` line. */
const RECENT =
  '/query?model=sandbox&explore=recent_orders&fields=recent_orders.status,recent_orders.count&limit=500'
const SLOW = { timeout: 30_000 }

const adaInDev = (route: string, behaviour: Behaviour = {}) =>
  renderApp({ workspace: 'dev', route, lookerOptions: { behaviour } })

test('a Development Mode note: shown beside the development result, the rows compared', async () => {
  const { user } = await adaInDev(RECENT)
  await user.click(
    await screen.findByRole('button', { name: 'Compare production and development' })
  )
  const section = await screen.findByRole(
    'region',
    { name: 'Production against development' },
    SLOW
  )
  // Development samples the last quarter: every status counts fewer orders than production.
  expect(await within(section).findByText(/^5 rows differ: 5 changed/, {}, SLOW)).toBeVisible()
  const note = within(section).getByRole('note', {
    name: 'Looker’s note on the development result',
  })
  expect(note).toHaveTextContent(
    'Note: This query contains derived tables with conditional SQL for Development Mode.'
  )
  expect(
    within(section).queryByRole('note', { name: 'Looker’s note on the production result' })
  ).not.toBeInTheDocument()
  expect(within(section).queryByText(/failed/)).not.toBeInTheDocument()
  expect(within(section).getByRole('table', { name: 'Rows compared' })).toBeVisible()
})

test('a note that comes without rows says so, and no side failed', async () => {
  const { user } = await adaInDev(RECENT, { devNoteRows: 'none' })
  await user.click(
    await screen.findByRole('button', { name: 'Compare production and development' })
  )
  const section = await screen.findByRole(
    'region',
    { name: 'Production against development' },
    SLOW
  )
  const dev = await within(section).findByRole('region', { name: 'Development result' }, SLOW)
  expect(within(dev).getByRole('note')).toHaveTextContent(
    /conditional SQL for Development Mode.*No rows came with Looker’s note/
  )
  expect(within(section).queryByText(/failed/)).not.toBeInTheDocument()
  expect(within(section).queryByRole('alert')).not.toBeInTheDocument()
  // Production's rows are there, on their own: nothing is marked as only in production.
  const production = within(section).getByRole('region', { name: 'Production result' })
  expect(within(production).getByRole('table', { name: 'Production rows' })).toBeVisible()
  expect(within(section).queryByRole('table', { name: 'Rows compared' })).not.toBeInTheDocument()
})

test('a task Looker calls expired seconds after it started: asked again, its rows shown', async () => {
  const { user } = await adaInDev(
    '/query?model=ecommerce&explore=orders&fields=orders.status,orders.count&limit=500',
    { transientExpired: 'once' }
  )
  await user.click(await screen.findByRole('button', { name: 'Run' }))
  const table = await screen.findByRole('table', { name: 'Development rows' }, SLOW)
  expect(within(table).getByRole('cell', { name: 'complete' })).toBeVisible()
  expect(screen.queryByText(/expired/)).not.toBeInTheDocument()
})

test('a run in Development Mode shows Looker’s note beside its rows', async () => {
  const { user } = await adaInDev(RECENT)
  await user.click(await screen.findByRole('button', { name: 'Run' }))
  const result = await screen.findByRole('region', { name: 'Development result' }, SLOW)
  expect(within(result).getByRole('note')).toHaveTextContent(
    /^Note: This query contains derived tables with conditional SQL for Development Mode\. Query results in Production Mode might be different\.$/
  )
  const table = within(result).getByRole('table', { name: 'Development rows' })
  expect(within(table).getByRole('cell', { name: 'complete' })).toBeVisible()
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})

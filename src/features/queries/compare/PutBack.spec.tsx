import { screen, waitFor, within } from '@testing-library/react'
import { renderApp, fakeLooker, type FakeLooker } from '../../../../test/renderApp'
import { memoryHost } from '../../../../test/memoryHost'

// The put-back after a comparison is a compensating action: retried with backoff, then a banner
// that stays, with the results kept; the intent survives a reload in extension local storage.

const route = '/query?model=ecommerce&explore=orders&fields=orders.status,orders.total_revenue'
const badge = () => screen.getByLabelText('Current workspace')
const STILL_DEV =
  /Your Looker session is still in Development Mode because the comparison could not switch it back/

/** Lets the first switch (to dev) through, then fails the next `times` switches with a 500. */
function failPutBack(looker: FakeLooker, times: number) {
  let armed = false
  looker.intercept('update_session', async (_req, next) => {
    const res = await next()
    if (!armed && res.status === 200) {
      armed = true
      looker.addFault({ operation: 'update_session', status: 500, message: 'Boom', times })
    }
    return res
  })
}

async function compareFromProduction(looker: FakeLooker, host = memoryHost()) {
  const view = await renderApp({ looker, route, host })
  await view.user.click(
    await screen.findByRole('button', { name: 'Compare production and development' })
  )
  await view.user.click(await screen.findByRole('button', { name: 'Switch for the comparison' }))
  return view
}

const switches = (looker: FakeLooker) =>
  looker.log.filter((e) => e.operation === 'update_session').map((e) => e.status)

test('a put-back that fails once is retried and the session ends in production', async () => {
  const looker = await fakeLooker()
  failPutBack(looker, 1)
  await compareFromProduction(looker)
  const section = await screen.findByRole('region', { name: 'Production against development' })
  expect(await within(section).findByText(/5 rows differ/)).toBeInTheDocument()
  await waitFor(() => expect(badge()).toHaveTextContent('Production'))
  expect(switches(looker)).toEqual([200, 500, 200])
  expect(screen.queryByText(STILL_DEV)).not.toBeInTheDocument()
})

test('a put-back that keeps failing: a banner that stays, the results kept, a button that fixes it', async () => {
  const looker = await fakeLooker()
  failPutBack(looker, 100)
  const host = memoryHost()
  const { user } = await compareFromProduction(looker, host)
  const banner = await screen.findByRole('region', { name: 'Session left in Development Mode' })
  expect(banner).toHaveTextContent(STILL_DEV)
  // The results already obtained are kept.
  const section = screen.getByRole('region', { name: 'Production against development' })
  expect(await within(section).findByText(/5 rows differ/)).toBeInTheDocument()
  // The badge is short (the bar names Development Mode once, on the switch).
  expect(badge()).toHaveTextContent('Development')
  // Retried a few times (the first switch, then four put-back attempts), never more.
  expect(switches(looker)).toEqual([200, 500, 500, 500, 500])
  looker.clearFaults()
  await user.click(within(banner).getByRole('button', { name: 'Switch back to production' }))
  await waitFor(() => expect(badge()).toHaveTextContent('Production'))
  expect(screen.queryByText(STILL_DEV)).not.toBeInTheDocument()
  expect([...host.items.values()].join('')).not.toMatch(/comparison/)
})

test('the page closed while the session is left in development: the next load says so and fixes it', async () => {
  const looker = await fakeLooker()
  failPutBack(looker, 100)
  const host = memoryHost()
  const first = await compareFromProduction(looker, host)
  await screen.findByRole('region', { name: 'Session left in Development Mode' })
  first.unmount()
  looker.clearFaults()
  const { user } = await renderApp({ looker, host })
  const banner = await screen.findByRole('region', { name: 'Session left in Development Mode' })
  expect(banner).toHaveTextContent(/a comparison switched it and did not switch it back/)
  await user.click(within(banner).getByRole('button', { name: 'Switch back to production' }))
  await waitFor(() => expect(badge()).toHaveTextContent('Production'))
  expect(
    screen.queryByRole('region', { name: 'Session left in Development Mode' })
  ).not.toBeInTheDocument()
})

test('the intent is recorded before switching, so a page closed mid-run is noticed on reload', async () => {
  const looker = await fakeLooker()
  const host = memoryHost()
  const original = host.setItem
  const writes: string[] = []
  host.setItem = async (key, value) => {
    writes.push(`${value ? 'open' : 'closed'} before ${switches(looker).length} switches`)
    return original(key, value)
  }
  await compareFromProduction(looker, host)
  await waitFor(() => expect(switches(looker)).toEqual([200, 200]))
  await waitFor(() =>
    expect(writes).toEqual(['open before 0 switches', 'closed before 2 switches'])
  )
})

test('an open intent while the session is already in production says nothing and is closed', async () => {
  const looker = await fakeLooker()
  failPutBack(looker, 100)
  const host = memoryHost()
  const first = await compareFromProduction(looker, host)
  await screen.findByRole('region', { name: 'Session left in Development Mode' })
  first.unmount()
  looker.clearFaults()
  looker.setUserWorkspace('ada', 'production') // another tab put it back
  await renderApp({ looker, host })
  await waitFor(() => expect(badge()).toHaveTextContent('Production'))
  await waitFor(() => expect([...host.items.values()].join('')).toBe(''))
  expect(
    screen.queryByRole('region', { name: 'Session left in Development Mode' })
  ).not.toBeInTheDocument()
})

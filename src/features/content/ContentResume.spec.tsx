/**
 * What was measured is kept per project and commit: a Cancel (or a closed page) resumes from it
 * after a reload, and a result from before the branch moved shows as stale.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { memoryHost } from '../../../test/memoryHost'
import { fakeLooker, renderApp } from '../../../test/renderApp'
import { check, checkout, run, statusOf } from '../../../test/shipPage'

const CARD = 'Dashboards and Looks'
const PAGE = '/projects/ecommerce/content'
const SLOW = { timeout: 30_000 }
const sqlReads = (log: Array<{ operation: string | null }>) =>
  log.filter((e) => e.operation === 'run_inline_query').length

async function open(looker: Awaited<ReturnType<typeof fakeLooker>>, host = memoryHost()) {
  const view = await renderApp({ looker, host, route: PAGE })
  await screen.findByRole('region', { name: CARD }, SLOW)
  return view
}

test('after a Cancel and a reload, Resume goes on from what was measured', async () => {
  const looker = await fakeLooker()
  looker.setUserWorkspace('ada', 'dev')
  const host = memoryHost()
  // The changed tiles' rows never start: the person cancels while they wait.
  const held = looker.hold('create_query_task')
  const first = await open(looker, host)
  await first.user.click(within(check(CARD)).getByRole('button', { name: 'Compare content' }))
  await waitFor(() => expect(held.waiting).toBeGreaterThan(0), SLOW)
  const firstReads = sqlReads(looker.log)
  await first.user.click(within(check(CARD)).getByRole('button', { name: 'Cancel' }))
  expect(statusOf(CARD)).toHaveTextContent('Not run')
  first.unmount()
  held.release()

  const second = await open(looker, host)
  const resume = await within(check(CARD)).findByRole(
    'button',
    { name: /^Resume \(\d+ measured\)$/ },
    SLOW
  )
  const before = looker.log.length
  await second.user.click(resume)
  await waitFor(() => expect(statusOf(CARD)).not.toHaveTextContent(/Running|Not run/), SLOW)
  const overview = within(check(CARD)).getByRole('region', { name: 'Orders overview' })
  expect(
    within(overview).getByRole('listitem', { name: /^Revenue by status: \d+ rows? differ/ })
  ).toBeVisible()
  expect(within(overview).getByRole('listitem', { name: 'Order count: Same SQL' })).toBeVisible()
  // The queries measured before the Cancel were not read again.
  expect(sqlReads(looker.log.slice(before))).toBeLessThan(firstReads)
})

test('a result from before the branch moved is stale, and nothing is resumed from it', async () => {
  const looker = await fakeLooker()
  looker.setUserWorkspace('ada', 'dev')
  const host = memoryHost()
  const first = await open(looker, host)
  await run(first.user, CARD, 'Compare content')
  expect(statusOf(CARD)).toHaveTextContent('Failed')
  first.unmount()
  await checkout(looker, 'ada', 'ecommerce', 'feature/label-warning')
  await open(looker, host)
  await waitFor(() => expect(statusOf(CARD)).toHaveTextContent('Stale'), SLOW)
  expect(within(check(CARD)).getByRole('button', { name: 'Compare content' })).toBeInTheDocument()
})

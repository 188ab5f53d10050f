import { screen, within } from '@testing-library/react'
import { renderApp } from '../../../../test/renderApp'

const SLOW = { timeout: 30_000 }

/**
 * What the comparison showed after each change of the page: its status and its rows in view. Read
 * in a MutationObserver, before any later task runs, with plain selectors: role queries over the
 * page on every change would take seconds each.
 */
/* eslint-disable testing-library/no-node-access -- see above */
function watchComparison() {
  const seen: Array<{ status: string; rows: number }> = []
  const observer = new MutationObserver(() => {
    const section = document.querySelector('section[aria-label="Production against development"]')
    if (!section) return
    seen.push({
      status: [...section.querySelectorAll('[role="status"]')].map((s) => s.textContent).join(),
      rows: section.querySelectorAll('tbody tr[aria-rowindex]').length,
    })
  })
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  return { seen, stop: () => observer.disconnect() }
}
/* eslint-enable testing-library/no-node-access */

test('a long comparison shows its first rows while the summary still says it is comparing', async () => {
  // 400 orders a side: more than the first screenful that is matched before anything shows.
  const { user } = await renderApp({
    user: 'ada',
    workspace: 'dev',
    route: '/query?model=ecommerce&explore=orders&fields=orders.id,orders.total_revenue&limit=500',
  })
  const watcher = watchComparison()
  await user.click(
    await screen.findByRole('button', { name: 'Compare production and development' })
  )
  const section = await screen.findByRole(
    'region',
    { name: 'Production against development' },
    SLOW
  )
  const summary = await within(section).findByText(/^\d+ rows? differs?: /, {}, SLOW)
  watcher.stop()
  expect(summary).toHaveAttribute('role', 'status')
  // Before the summary: the first rows, and "comparing" announced politely (role status).
  const first = watcher.seen.find((s) => s.rows > 0)
  expect(first).toEqual({ status: 'Comparing the rows…', rows: expect.any(Number) })
  expect(first!.rows).toBeGreaterThanOrEqual(20)
  expect(within(section).getByRole('table', { name: 'Rows compared' })).toHaveAttribute(
    'aria-rowcount',
    '401'
  )
})

/**
 * Test queries in a real browser: ada, on the feature/net-revenue branch in Development Mode, builds
 * a query on the orders explore, compares production with development and sees the redefined
 * measure highlighted, formatted as Looker formats it; adding the development-only field, the
 * comparison names it and compares the rest.
 */
import { expectAccessible } from './axe'
import { extension } from './app'
import { expectContains } from './expect'
import type { Flow } from './flows'

export const queriesFlow: Flow = {
  name: 'queries-compare-production-and-development',
  async run({ page, emulator }) {
    emulator.looker!.setUserWorkspace('ada', 'dev')
    const frame = extension(page)
    await page.goto(emulator.extensionUrl('/query?model=ecommerce&explore=orders'))
    await frame.getByRole('checkbox', { name: /Orders Status/ }).check()
    await frame.getByRole('checkbox', { name: /Orders Total Revenue/ }).check()
    await frame.getByRole('button', { name: 'Compare production and development' }).click()

    const comparison = frame.getByRole('region', { name: 'Production against development' })
    await expectContains(comparison, '5 rows differ: 5 changed')
    await expectContains(
      comparison.getByRole('list', { name: 'SQL differences' }),
      'SUM(orders.sale_price - orders.discount )'
    )
    await comparison
      .getByRole('row', { name: /complete/ })
      // Looker's formatting (usd) on both sides, and the difference, absolute and in percent.
      .getByRole('cell', {
        name: /^changed: production \$[\d,.]+, development \$[\d,.]+, [−+][\d,.]+ \([−+][\d.]+%\)$/,
      })
      .waitFor()
    await expectAccessible(page, 'a comparison')

    await frame.getByRole('checkbox', { name: /Orders Average Discount/ }).check()
    await frame.getByRole('button', { name: 'Compare production and development' }).click()
    // Production runs without the field it does not have; the comparison says so and goes on.
    await expectContains(comparison, 'only in development: orders.average_discount')
    await expectContains(comparison, '5 rows differ: 5 changed')
    // Its values are there to check, in their own column; production has no such field.
    await comparison
      .getByRole('columnheader', { name: /Orders Average Discount \(development only\)/ })
      .waitFor()
    await comparison
      .getByRole('row', { name: /complete/ })
      .getByRole('cell', { name: /^development [\d.]+, production: no such field$/ })
      .waitFor()
  },
}

/**
 * Answers real Looker instances gave (docs/looker-api-behaviour.md "Development Mode notes",
 * "Transient expired"), on a fake Looker that reports every task `expired` once as it finishes:
 * ada compares an explore over a derived table with `-- if dev --` SQL. Both sides' tasks are
 * asked again and their rows arrive; Looker's Development Mode note (an `errors[]` entry with
 * `fatal: false`, task status `error`) is shown beside the development result, and the rows are
 * compared.
 */
export const queriesAsRecordedFlow: Flow = {
  name: 'queries-note-and-transient-expired',
  emulator: { fakeLooker: { behaviour: { transientExpired: 'once' } } },
  async run({ page, emulator }) {
    emulator.looker!.setUserWorkspace('ada', 'dev')
    const frame = extension(page)
    const fields = 'recent_orders.status,recent_orders.count'
    await page.goto(
      emulator.extensionUrl(`/query?model=sandbox&explore=recent_orders&fields=${fields}`)
    )
    await frame.getByRole('button', { name: 'Compare production and development' }).click()
    const comparison = frame.getByRole('region', { name: 'Production against development' })
    await expectContains(comparison, '5 rows differ: 5 changed')
    await expectContains(
      comparison.getByRole('note', { name: 'Looker’s note on the development result' }),
      'derived tables with conditional SQL for Development Mode'
    )
    await comparison.getByRole('table', { name: 'Rows compared' }).waitFor()
    const text = await comparison.textContent()
    if (/failed|expired/i.test(text ?? '')) throw new Error(`the comparison says: ${text}`)
    await expectAccessible(page, 'a comparison with Looker’s note')
  },
}

/**
 * A big result in a real browser (jsdom lays nothing out): 2,000 rows, of which only those in
 * view are in the page. Wherever the grid is scrolled to (at once, or by the wheel), the rows in
 * view are the rows of that place, in order, with no gap above or below them.
 */
export const bigResultFlow: Flow = {
  name: 'queries-big-result-scrolls',
  async run({ page, emulator }) {
    emulator.looker!.setUserWorkspace('ada', 'dev')
    const count = 2000
    const data = Array.from({ length: count }, (_, i) => ({
      'orders.id': { value: i + 1 },
      'orders.status': { value: `status ${i + 1}` },
      'orders.total_revenue': { value: i * 10, rendered: `$${i * 10}.00` },
    }))
    emulator.looker!.addFault({
      operation: 'query_task_results',
      times: 1,
      body: {
        data,
        fields: {
          dimensions: [{ name: 'orders.id' }, { name: 'orders.status' }],
          measures: [{ name: 'orders.total_revenue' }],
        },
        errors: [],
      },
    })
    const frame = extension(page)
    const fields = 'orders.id,orders.status,orders.total_revenue'
    await page.goto(
      emulator.extensionUrl(`/query?model=ecommerce&explore=orders&fields=${fields}&limit=${count}`)
    )
    await frame.getByRole('button', { name: 'Run', exact: true }).click()
    const table = frame.getByRole('table', { name: 'Development rows' })
    await table.getByRole('cell', { name: 'status 1', exact: true }).waitFor()
    await expectContains(table.getByRole('row').nth(1), '$0.00')

    // What the box shows: the rows that cover its visible part, each row's text against its index.
    const inView = () =>
      table.evaluate((t) => {
        const box = t.parentElement!.getBoundingClientRect()
        // The header cells stick to the top of the box (the header row itself scrolls away).
        const head = t.querySelector('th')!.getBoundingClientRect()
        const rows = [...t.querySelectorAll<HTMLTableRowElement>('tbody > tr[aria-rowindex]')]
        const rects = rows.map((r) => r.getBoundingClientRect())
        const shown = rows.filter(
          (_, i) => rects[i]!.bottom > head.bottom && rects[i]!.top < box.bottom
        )
        return {
          covered: rects[0]!.top <= head.bottom && rects.at(-1)!.bottom >= box.bottom - 1,
          wrong: rows
            .map((r) => [Number(r.getAttribute('aria-rowindex')), r.cells[1]!.textContent])
            .filter(([index, text]) => text !== `status ${Number(index) - 1}`),
          first: Number(shown[0]?.getAttribute('aria-rowindex')) - 1,
          headerInView: head.top >= box.top - 1,
        }
      })
    const scroller = table.locator('xpath=..')
    const rowPx = await table
      .locator('tbody > tr[aria-rowindex]')
      .first()
      .evaluate((r) => r.getBoundingClientRect().height)
    await scroller.evaluate((el, top) => (el.scrollTop = top), Math.round(rowPx * 1000))
    await table.getByRole('cell', { name: 'status 1001', exact: true }).waitFor()
    await page.waitForTimeout(100)
    const jumped = await inView()
    if (!jumped.covered || jumped.wrong.length || !jumped.headerInView)
      throw new Error(`after a jump to row 1,001: ${JSON.stringify(jumped)}`)
    if (Math.abs(jumped.first - 1001) > 2)
      throw new Error(`after a jump to row 1,001 the first row in view is ${jumped.first}`)

    await scroller.hover()
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 600)
    await page.waitForTimeout(300)
    const wheeled = await inView()
    if (!wheeled.covered || wheeled.wrong.length || !wheeled.headerInView)
      throw new Error(`after the wheel: ${JSON.stringify(wheeled)}`)
    if (wheeled.first <= jumped.first) throw new Error(`the wheel did not move: ${wheeled.first}`)
  },
}

/**
 * Issue #5 in a real browser: ada, on the feature/net-revenue branch in Development Mode, builds
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
  },
}

/**
 * The main flows against each Looker version profile of the fake (docs/looker-api-behaviour.md
 * "Version profiles"), kept short: switch, projects, a project's branches, a query, a comparison
 * with a development-only field, data tests. Each profile runs on its own emulator.
 */
import { LOOKER_VERSIONS, type LookerVersion } from '../dev/fake-looker/profiles'
import { devModeSwitch, extension, workspaceBadge } from './app'
import { expectContains, expectText } from './expect'
import type { Flow } from './flows'

function mainFlows(version: LookerVersion): Flow {
  return {
    name: `looker-${version}-main-flows`,
    emulator: { fakeLooker: { seed: 'demo', sessionMode: 'ui', lookerVersion: version } },
    async run({ page, emulator }) {
      const frame = extension(page)
      await page.goto(emulator.extensionUrl('/'))
      await expectText(workspaceBadge(page), 'Production')
      await devModeSwitch(page).click()
      await expectText(workspaceBadge(page), 'Development')
      await expectContains(frame.getByRole('row', { name: /^ecommerce/ }), 'feature/net-revenue')

      await frame.getByRole('link', { name: 'ecommerce', exact: true }).click()
      await expectContains(
        frame.getByRole('region', { name: 'Current branch' }),
        'feature/net-revenue'
      )

      await page.goto(
        emulator.extensionUrl(
          '/query?model=ecommerce&explore=orders&fields=orders.status,orders.average_discount&limit=500'
        )
      )
      await frame.getByRole('button', { name: 'Run', exact: true }).click()
      await expectContains(frame.getByRole('region', { name: 'Development result' }), '5 rows')
      await frame.getByRole('button', { name: 'Compare production and development' }).click()
      const comparison = frame.getByRole('region', { name: 'Production against development' })
      await expectContains(comparison, 'only in development: orders.average_discount')
      await expectContains(comparison, 'Identical: all 5 rows match.')

      const tests = frame.getByRole('region', { name: 'LookML data tests' })
      const runAll = tests.getByRole('button', { name: 'Run all data tests' })
      await tests.getByLabel('Project').selectOption('ecommerce')
      await runAll.click()
      await expectContains(
        tests.getByRole('region', { name: 'Data test results' }),
        'Ran on development models'
      )
    },
  }
}

export const versionFlows: Flow[] = LOOKER_VERSIONS.map(mainFlows)

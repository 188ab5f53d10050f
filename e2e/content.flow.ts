/**
 * Dashboards and Looks in a real browser: on the Ship page over the demo, feature/net-revenue
 * changes the revenue tiles of "Orders overview" and leaves its count tiles' SQL the same; the
 * dashboard opens in Looker through the host; the check's own page shows the same result.
 */
import { setTimeout as sleep } from 'timers/promises'
import type { HostEmulator } from '../dev/host'
import { extension } from './app'
import { expectAccessible } from './axe'
import { expectContains, TIMEOUT_MS } from './expect'
import type { Flow } from './flows'

async function waitForLocation(emulator: HostEmulator, url: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS
  while (Date.now() < deadline) {
    const asked = emulator.events.some(
      (e) =>
        e.type === 'UPDATE_LOCATION' && !e.refused && (e.payload as { url?: string }).url === url
    )
    if (asked) return
    await sleep(100)
  }
  throw new Error(`the host was not asked to open ${url}`)
}

const CARD = 'Dashboards and Looks'

export const contentFlow: Flow = {
  name: 'content-dashboards-and-looks-on-ship-and-own-page',
  emulator: {},
  endsOutsideExtension: true,
  async run({ page, emulator }) {
    emulator.looker!.setUserWorkspace('ada', 'dev')
    const frame = extension(page)
    await page.goto(emulator.extensionUrl('/projects/ecommerce/ship'))
    const card = frame.getByRole('region', { name: CARD })
    await card.getByRole('button', { name: 'Compare content' }).click()
    await expectContains(card.getByRole('status', { name: `${CARD}: status` }), 'Failed')
    const overview = card.getByRole('region', { name: 'Orders overview' })
    await expectContains(overview.getByRole('listitem').first(), 'Revenue')
    await expectContains(overview.getByRole('listitem').first(), 'differ')
    await expectContains(overview, 'Order count: Same SQL')
    await expectContains(overview, 'About these numbers: Not compared: a text tile has no query')
    await expectAccessible(page, 'the Ship page with Dashboards and Looks')
    // Its own page, to share: the same result, kept for this commit.
    await card.getByRole('link', { name: 'Open Dashboards and Looks on its own page' }).click()
    await expectContains(
      frame.getByRole('heading', { level: 2 }),
      'Dashboards and Looks of ecommerce'
    )
    await expectContains(
      frame.getByRole('region', { name: CARD }).getByRole('status', { name: `${CARD}: status` }),
      'Failed'
    )
    const own = frame.getByRole('region', { name: 'Orders overview' })
    await expectContains(own, 'Order count: Same SQL')
    await expectAccessible(page, 'the Dashboards and Looks page')
    // The dashboard opens in Looker, through the host.
    await own.getByRole('link', { name: 'Orders overview' }).click()
    await waitForLocation(emulator, '/dashboards/31')
  },
}

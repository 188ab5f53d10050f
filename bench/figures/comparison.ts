/** A comparison of production and development against the slower side run alone. */
import type { Browser } from 'playwright-core'
import { markTime, watch } from '../browser'
import { emulator, open } from '../lib/pages'
import { add, details, median, QUICK } from '../lib/report'

export async function comparison(browser: Browser) {
  const latency = 300
  console.log(
    `Comparison, ${latency} ms per API call (against the slower side run alone; median of 3)`
  )
  const e = await emulator({ seed: 'demo', latencyMs: latency })
  const runs = QUICK ? 1 : 3
  // A result on screen: a table (plain or ARIA) inside the section that shows it.
  const table = (section: string) =>
    `section[aria-label="${section}"] table, section[aria-label="${section}"] [role="table"]`
  try {
    const time = async (workspace: 'production' | 'dev', button: string, done: string[]) => {
      e.looker!.setUserWorkspace('ada', workspace)
      const { page, frame } = await open(browser, e, '/query?model=ecommerce&explore=orders')
      await frame.getByRole('checkbox', { name: /Orders Status/ }).check({ timeout: 60_000 })
      await frame.getByRole('checkbox', { name: /Orders Total Revenue/ }).check()
      const times: number[] = []
      for (let i = 0; i < runs; i++) {
        await frame.evaluate(
          "window.__benchClick = 0; document.addEventListener('click', () => (window.__benchClick = Date.now()), { capture: true, once: true })"
        )
        const shown = done.map((s) => `document.querySelector('${s}')`).join(' && ')
        await watch(frame, 'result', `window.__benchClick && ${shown}`)
        await frame.getByRole('button', { name: button }).click()
        const start = (await frame.evaluate('window.__benchClick')) as number
        times.push((await markTime(frame, 'result', 60_000)) - start)
      }
      await page.context().close()
      return median(times)
    }
    const production = await time('production', 'Run', [table('Production result')])
    const development = await time('dev', 'Run', [table('Development result')])
    const both = await time('dev', 'Compare production and development', [
      table('Production against development'),
    ])
    details.comparisonMs = { production, development, both }
    add('comparison', both, Math.max(production, development), 'ms', 1.1)
  } finally {
    e.looker!.setUserWorkspace('ada', 'dev')
    await e.close()
  }
}

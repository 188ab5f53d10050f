/** Dashboards and Looks: finding the content and the SQL pass against the round-trip floor. */
import type { Browser } from 'playwright-core'
import { apiCalls, clearApiCalls, frameSession, replay, usedHeap } from '../browser'
import { emulator, open } from '../lib/pages'
import { add, details, QUICK } from '../lib/report'

/**
 * The content check over `content:<n>` (n dashboards of 10 tiles on 50 models of one project),
 * 20 ms per API call, 4 requests in flight (the default). Every tile's SQL is the same both ways
 * (the seed's branch changes nothing), so the run is finding the content and the SQL pass. Floor:
 * the round trips the check cannot avoid at that concurrency, each one call's latency: the three
 * first reads together, then the dashboard reads, the Look pages and the Look reads 4 at a time,
 * then per distinct query its two SQL reads together, 4 queries at a time. Over HTTP/2, as the
 * overview's figures (over HTTP/1.1 Chromium sends at most 6 calls at once to the host).
 */
export async function contentCheck(browser: Browser) {
  const dashboards = QUICK ? 20 : 200
  const latency = 20
  const lanes = 4
  console.log(
    `Dashboards and Looks (${dashboards * 10} tiles, ${dashboards} dashboards, 50 models, ${latency} ms)`
  )
  const e = await emulator({ seed: `content:${dashboards}`, latencyMs: latency }, undefined, true)
  try {
    const { page, frame } = await open(browser, e, '/projects/warehouse/content')
    const status = `document.querySelector('[aria-label="Dashboards and Looks: status"]')?.textContent`
    await frame.getByRole('button', { name: 'Compare content' }).isEnabled({ timeout: 60_000 })
    await frame.waitForFunction(`${status} === 'Not run'`, null, { timeout: 60_000 })
    const session = await frameSession(page, frame)
    await frame.evaluate(
      "window.__longest = 0; new PerformanceObserver((l) => l.getEntries().forEach((t) => (window.__longest = Math.max(window.__longest, t.duration)))).observe({ entryTypes: ['longtask'] })"
    )
    const before = await usedHeap(session)
    await clearApiCalls(page)
    const start = Date.now()
    await frame.getByRole('button', { name: 'Compare content' }).click()
    await frame.waitForFunction(`!/Running|Not run/.test(${status} ?? '')`, null, {
      timeout: 600_000,
      polling: 20,
    })
    const ms = Date.now() - start
    const longest = (await frame.evaluate('window.__longest')) as number
    const calls = await apiCalls(page)
    const count = (re: RegExp) => calls.filter((c) => re.test(c.path)).length
    const dashboardReads = count(/\/dashboards\/[^/?]+(\?|$)/)
    const lookPages = count(/\/looks\/search/)
    const lookReads = count(/\/looks\/\d+/)
    // Each distinct query: its SQL both ways at once (run_inline_query, result_format sql).
    const queries = count(/\/queries\/run\/sql/) / 2
    const rounds =
      1 +
      Math.ceil(dashboardReads / lanes) +
      lookPages +
      Math.ceil(lookReads / lanes) +
      Math.ceil(queries / lanes)
    add(
      `content check ${dashboards * 10} tiles, find + SQL, vs round-trip floor`,
      ms,
      rounds * latency,
      'ms',
      1.25
    )
    // The same SQL calls sent by the host page itself, 8 at a time (4 queries, both sides): what
    // the round trips through this host cost now, with no extension at all.
    const sql = calls.filter((c) => /\/queries\/run\/sql/.test(c.path))
    const transport = await replay(page, calls[0]!, calls[1]!, sql, lanes * 2)
    add(
      `content check ${dashboards * 10} tiles, find + SQL, vs transport`,
      ms,
      transport,
      'ms',
      1.25
    )
    add('content check, longest task', longest, 0, 'ms', 50, true)
    const after = await usedHeap(session)
    add('content check, heap after (vs before)', after, before, 'MiB', 1.3)
    details.contentCheck = {
      ms,
      calls: calls.length,
      queries,
      dashboardReads,
      lookPages,
      lookReads,
      rounds,
    }
    await page.context().close()
  } finally {
    await e.close()
  }
}

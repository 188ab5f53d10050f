/** Dashboards and Looks: finding the content and the SQL pass against the round-trip floor. */
import type { Browser } from 'playwright-core'
import { apiCalls, clearApiCalls, frameSession, replayPhases, usedHeap } from '../browser'
import { writeFileSync } from 'fs'
import path from 'path'
import { busyMs, countInFlight, emulator, hostProtocol, open } from '../lib/pages'
import { add, details, PROFILE, QUICK, RESULTS } from '../lib/report'

/**
 * The content check over `content:<n>` (n dashboards of 10 tiles on 50 models of one project),
 * 20 ms per API call. Every tile's SQL is the same both ways (the seed's branch changes nothing),
 * so the run is finding the content and the SQL pass. The check reads 8 dashboards or Looks at
 * once (the dashboards beside the Look pages and Looks) and 16 SQL reads at once: none of these
 * runs anything on the database, so the "Queries at once" setting (Looker's per-user query
 * limit) is not spent on them. Floors: the round trips the check cannot avoid at those
 * concurrencies, each one call's latency (the three first reads together; the dashboard reads
 * beside the Look pages and Look reads; the SQL reads); and the transport floor, the same calls
 * replayed in the same phases and concurrency by the host page itself, with no extension. Over
 * HTTP/2, as the overview's figures (over HTTP/1.1 Chromium sends at most 6 calls at once).
 * `npm run bench -- --only=contentCheck` runs this step alone (200 dashboards; 20 with --quick);
 * with --profile it also saves the CPU profiles of the run: the frame's (content-check.cpuprofile)
 * and the host page's (content-check-host.cpuprofile).
 */
export async function contentCheck(browser: Browser) {
  const dashboards = QUICK ? 20 : 200
  const latency = 20
  /** READS_IN_FLIGHT in src/features/content/find.ts, SQL_IN_FLIGHT in runCheck.ts. */
  const readsInFlight = 8
  const sqlInFlight = 16
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
    const hostSession = await page.context().newCDPSession(page)
    const busyBefore = [await busyMs(session), await busyMs(hostSession)]
    await clearApiCalls(page)
    const atLooker = countInFlight(e.looker!)
    if (PROFILE) {
      for (const s of [session, hostSession]) {
        await s.send('Profiler.enable')
        await s.send('Profiler.setSamplingInterval', { interval: 200 })
        await s.send('Profiler.start')
      }
    }
    // The end is stamped in the frame by a MutationObserver, when the status changes: no polling
    // in the frame while it runs (the frame does the check; the measuring should not).
    await frame.evaluate(`(() => {
      window.__benchStopWatching?.()
      const observer = new MutationObserver(() => {
        if (/Running|Not run/.test(${status} ?? '')) return
        window.__contentDone = Date.now()
        observer.disconnect()
      })
      observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    })()`)
    const start = Date.now()
    await frame.getByRole('button', { name: 'Compare content' }).click()
    await frame.waitForFunction('window.__contentDone', null, { timeout: 600_000, polling: 500 })
    const ms = ((await frame.evaluate('window.__contentDone')) as number) - start
    if (PROFILE) {
      const { profile } = await session.send('Profiler.stop')
      writeFileSync(path.join(RESULTS, 'content-check.cpuprofile'), JSON.stringify(profile))
      const host = await hostSession.send('Profiler.stop')
      writeFileSync(
        path.join(RESULTS, 'content-check-host.cpuprofile'),
        JSON.stringify(host.profile)
      )
    }
    const inFlight = atLooker.read()
    const busy = [await busyMs(session), await busyMs(hostSession)].map((b, i) =>
      Math.round(b - busyBefore[i]!)
    )
    const longest = (await frame.evaluate('window.__longest')) as number
    const calls = await apiCalls(page)
    const matching = (re: RegExp) => calls.filter((c) => re.test(c.path))
    const dashboardCalls = matching(/\/dashboards\/[^/?]+(\?|$)/)
    const lookPageCalls = matching(/\/looks\/search/)
    const lookCalls = matching(/\/looks\/\d+/)
    const sql = matching(/\/queries\/run\/sql/)
    const dashboardReads = dashboardCalls.length
    const lookPages = lookPageCalls.length
    const lookReads = lookCalls.length
    // Each distinct query: its SQL both ways (run_inline_query, result_format sql).
    const queries = sql.length / 2
    const rounds =
      1 +
      Math.max(
        Math.ceil(dashboardReads / readsInFlight),
        lookPages + Math.ceil(lookReads / readsInFlight)
      ) +
      Math.ceil(sql.length / sqlInFlight)
    add(
      `content check ${dashboards * 10} tiles, find + SQL, vs round-trip floor`,
      ms,
      rounds * latency,
      'ms',
      1.25
    )
    // The same calls sent by the host page itself, phase after phase at the check's concurrency
    // (the Look pages with the dashboards: read one after the other, they are a few).
    const phased = new Set([...dashboardCalls, ...lookPageCalls, ...lookCalls, ...sql])
    const firstFound = Math.min(...[...phased].map((c) => c.at))
    const firstReads = calls.filter((c) => !phased.has(c) && c.at < firstFound)
    const transport = await replayPhases(page, [
      { calls: firstReads, inFlight: Math.max(1, firstReads.length) },
      { calls: [...lookPageCalls, ...dashboardCalls, ...lookCalls], inFlight: readsInFlight },
      { calls: sql, inFlight: sqlInFlight },
    ])
    add(
      `content check ${dashboards * 10} tiles, find + SQL, vs transport`,
      ms,
      transport,
      'ms',
      1.25
    )
    // What the host page alone needs for those calls, against the round trips: the part of the
    // first figure no extension can remove on this machine (no budget: it measures the browser).
    add(
      `content check ${dashboards * 10} tiles, transport alone vs round-trip floor`,
      transport,
      rounds * latency,
      'ms',
      null
    )
    add('content check, longest task', longest, 0, 'ms', 50, true)
    const after = await usedHeap(session)
    add('content check, heap after (vs before)', after, before, 'MiB', 1.3)
    // Where the time went: before the first call, the finding, the SQL pass, after the last answer.
    const sqlCalls = sql
    const answered = (c: (typeof calls)[number]) => c.answeredAt ?? c.at
    details.contentCheck = {
      ms,
      // Main-thread busy time during the run: the extension's frame, the host page.
      protocol: await hostProtocol(page),
      // Calls the fake Looker was answering at once (its latency included): most, mean.
      atLookerMost: inFlight.most,
      atLookerMean: inFlight.mean,
      frameBusyMs: busy[0],
      hostBusyMs: busy[1],
      firstCallAfterMs: calls.length ? calls[0]!.at - start : null,
      firstSqlAfterMs: sqlCalls.length ? sqlCalls[0]!.at - start : null,
      lastAnswerAfterMs: calls.length ? Math.max(...calls.map(answered)) - start : null,
      sqlPassMs: sqlCalls.length ? Math.max(...sqlCalls.map(answered)) - sqlCalls[0]!.at : null,
      // Each SQL call's time at the host, and how many were at the host at once on average.
      sqlCallMs: sqlCalls.length
        ? Math.round(sqlCalls.reduce((n, c) => n + answered(c) - c.at, 0) / sqlCalls.length)
        : null,
      sqlAtHostAvg: sqlCalls.length
        ? +(
            sqlCalls.reduce((n, c) => n + answered(c) - c.at, 0) /
            (Math.max(...sqlCalls.map(answered)) - sqlCalls[0]!.at)
          ).toFixed(1)
        : null,
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

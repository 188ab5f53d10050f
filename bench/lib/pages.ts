/** Pages of the built extension in the host emulator over the fake Looker, and what they cost. */
import type { Browser, CDPSession, Frame, Page } from 'playwright-core'
import { startHostEmulator, type HostEmulator } from '../../dev/host'
import type { FakeLooker, FakeLookerOptions } from '../../dev/fake-looker'
import { ANY_OPERATION } from '../../dev/fake-looker/hooks'
import { extensionFrame, newPage } from '../browser'

/** `BENCH_BUNDLE=<path>`: the extension bundle to measure (an older build, for before/after). */
export async function emulator(
  fakeLooker: FakeLookerOptions,
  bundlePath = process.env.BENCH_BUNDLE,
  http2 = false
): Promise<HostEmulator> {
  const e = await startHostEmulator({
    port: 0,
    fakeLooker: { sessionMode: 'ui', ...fakeLooker },
    bundlePath,
    http2,
  })
  e.looker!.setUserWorkspace('ada', 'dev')
  return e
}

export async function open(
  browser: Browser,
  e: HostEmulator,
  route: string
): Promise<{ page: Page; frame: Frame; start: number }> {
  const page = await newPage(browser)
  const start = Date.now()
  await page.goto(e.extensionUrl(route))
  return { page, frame: await extensionFrame(page), start }
}

/**
 * Counts the calls the fake Looker is answering at once (its latency included): the most at any
 * moment, and the mean over the time from the first call in to the last answer out. `reset`
 * starts a new count.
 */
export function countInFlight(looker: FakeLooker) {
  let now = 0
  let most = 0
  let area = 0
  let first = 0
  let last = 0
  const tick = () => {
    const t = performance.now()
    if (now > 0) area += now * (t - last)
    last = t
  }
  looker.intercept(ANY_OPERATION, async (_req, next) => {
    tick()
    if (!first) first = last
    most = Math.max(most, ++now)
    try {
      return await next()
    } finally {
      tick()
      now -= 1
    }
  })
  return {
    read: () => ({ most, mean: last > first ? +(area / (last - first)).toFixed(2) : 0 }),
    reset: () => void (most = area = first = last = 0),
  }
}

/** Main-thread busy time of a page or frame so far (CDP `Performance` TaskDuration), in ms. */
export async function busyMs(session: CDPSession): Promise<number> {
  await session.send('Performance.enable')
  const { metrics } = await session.send('Performance.getMetrics')
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000
}

/** The protocol of the host page's first API call to the host (`h2`, `http/1.1`). */
export const hostProtocol = (page: Page) =>
  page.evaluate(
    () =>
      (
        performance.getEntriesByType('resource').find((r) => r.name.includes('/__host/invoke')) as
          PerformanceResourceTiming | undefined
      )?.nextHopProtocol ?? '?'
  )

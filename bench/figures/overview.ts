/** The projects overview: with latency against its floors, its growth per project, a CPU profile. */
import { writeFileSync } from 'fs'
import path from 'path'
import type { Browser, Frame, Page } from 'playwright-core'
import { buildSeed } from '../../dev/fake-looker/seeds'
import {
  apiCalls,
  extensionFrame,
  frameSession,
  markTime,
  newPage,
  replay,
  type ApiCall,
} from '../browser'
import { busyMs, countInFlight, emulator, hostProtocol, open } from '../lib/pages'
import { add, details, IN_FLIGHT, QUICK, RESULTS, ROOT } from '../lib/report'

export interface OverviewRun {
  projects: number
  gitProjects: number
  ms: number
  calls: ApiCall[]
}

export const seedFor = (n: number) => (n === 1000 ? 'huge' : `huge:${n}`)

/** Projects that use git in the `huge` seed's first n (each needs one state read). */
export const gitProjectsOf = (n: number) =>
  Object.values(buildSeed(seedFor(n)).projects).filter((p) => p.usesGit).length

/** Loads `/` and waits for every row's state; the time runs from the extension's first API call. */
export async function loadOverview(
  page: Page,
  frame: Frame,
  timeoutMs: number
): Promise<{ ms: number; calls: ApiCall[] }> {
  let done: number
  try {
    done = await markTime(frame, 'summary', timeoutMs)
  } catch {
    return { ms: Infinity, calls: await apiCalls(page) }
  }
  const calls = await apiCalls(page)
  return { ms: done - calls[0]!.at, calls }
}

/**
 * One page load of n projects. `transportMs`: the same calls sent by the host page itself right
 * after (the first call, the project list, then every state with 8 in flight): what the round
 * trips through this host cost on this machine at this moment, with no extension at all (NaN
 * when `transport` is false). `http2`: the emulator over HTTPS with HTTP/2, as Looker behind an
 * HTTP/2 load balancer; over HTTP/1.1 Chromium sends at most 6 calls at once to one origin.
 */
export async function overview(
  browser: Browser,
  n: number,
  latencyMs: number,
  timeoutMs: number,
  { http2 = false, transport = true } = {}
): Promise<OverviewRun & { transportMs: number }> {
  const e = await emulator({ seed: seedFor(n), latencyMs }, undefined, http2)
  const gitProjects = gitProjectsOf(n)
  const inFlight = countInFlight(e.looker!)
  try {
    const { page, frame } = await open(browser, e, '/')
    // CPU from the extension's first call on: this process (emulator and fake Looker), the host
    // page's main thread, the extension frame's main thread; per state read, to find the cost.
    await page.waitForFunction(() => (window.__benchCalls?.length ?? 0) > 0, null, { polling: 5 })
    const sessions = [await page.context().newCDPSession(page), await frameSession(page, frame)]
    const cpuBefore = [process.cpuUsage(), ...(await Promise.all(sessions.map(busyMs)))] as const
    const { ms, calls } = await loadOverview(page, frame, timeoutMs)
    const node = process.cpuUsage(cpuBefore[0])
    const [host, extension] = await Promise.all(sessions.map(busyMs))
    const perCall = (total: number) => +(total / Math.max(1, calls.length)).toFixed(2)
    const cpuPerCallMs = {
      emulatorProcess: perCall((node.user + node.system) / 1000),
      hostPage: perCall(host! - cpuBefore[1]!),
      extensionFrame: perCall(extension! - cpuBefore[2]!),
    }
    const atLooker = { extension: inFlight.read(), transport: { most: 0, mean: 0 } }
    inFlight.reset()
    const list = calls.find((c) => c.path.split('?')[0] === '/projects')
    const states = calls.filter((c) => c.path.includes('/current_workspace'))
    const transportMs =
      transport && Number.isFinite(ms) && list
        ? await replay(page, calls[0]!, list, states, IN_FLIGHT)
        : NaN
    atLooker.transport = inFlight.read()
    const protocol = await hostProtocol(page)
    console.log(
      `  ${n} projects, ${latencyMs} ms, host page to host over ${protocol}: calls in flight at the fake Looker, most / mean: extension ${atLooker.extension.most} / ${atLooker.extension.mean}${transport ? `, transport floor ${atLooker.transport.most} / ${atLooker.transport.mean}` : ''}; CPU per call, ms: ${JSON.stringify(cpuPerCallMs)}`
    )
    details[`overviewInFlight${n}at${latencyMs}ms${http2 ? 'h2' : 'http1'}`] = {
      protocol,
      ...atLooker,
      cpuPerCallMs,
    }
    await page.context().close()
    return { projects: n, gitProjects, ms, calls, transportMs }
  } finally {
    await e.close()
  }
}

export async function overviewWithLatency(browser: Browser) {
  const latency = 100
  console.log(
    `Projects overview, ${latency} ms per call (from the first API call to every row's state)`
  )
  const sizes = QUICK
    ? ([
        [20, null],
        [40, null],
      ] as const)
    : ([
        [200, 1.15],
        [1000, 1.25],
      ] as const)
  // Over HTTP/2 (budgets), then the same over plain HTTP/1.1 for comparison (no budget: Chromium
  // sends at most 6 calls at once there, so 8 in flight, which the latency floor assumes, cannot be).
  for (const [n, budget] of sizes) {
    const run = await overview(browser, n, latency, 120_000, { http2: true })
    const floor = latency * (1 + Math.ceil(run.gitProjects / IN_FLIGHT))
    add(`overview ${n} projects, ${latency} ms, vs latency floor`, run.ms, floor, 'ms', budget)
    add(
      `overview ${n} projects, ${latency} ms, vs transport`,
      run.ms,
      run.transportMs,
      'ms',
      budget
    )
  }
  for (const [n] of sizes) {
    const run = await overview(browser, n, latency, 120_000, { transport: false })
    const floor = latency * (1 + Math.ceil(run.gitProjects / IN_FLIGHT))
    add(`overview ${n} projects, HTTP/1.1, vs latency floor`, run.ms, floor, 'ms', null)
  }
}

export async function overviewGrowth(browser: Browser) {
  console.log(
    'Projects overview, 0 ms per call: cost per project (floor: the cost per project at the smallest N)'
  )
  const sizes = QUICK ? [10, 20, 40] : [100, 200, 400, 1000]
  let base = 0
  const perProject: Record<number, number> = {}
  for (const n of sizes) {
    const run = await overview(browser, n, 0, QUICK ? 60_000 : 150_000)
    const cost = run.ms / n
    perProject[n] = +cost.toFixed(2)
    if (!base) base = cost
    add(
      `overview ${n} projects, 0 ms, per project`,
      cost,
      base,
      'ms',
      n === sizes[sizes.length - 1] ? 1.5 : null
    )
  }
  details.overviewPerProjectMs = perProject
}

/** A CPU profile of the page while it loads 400 projects at 0 ms, for finding where time goes. */
export async function profileOverview(browser: Browser) {
  const n = 400
  const e = await emulator({ seed: seedFor(n) })
  try {
    const page = await newPage(browser)
    // The extension frame runs in its own renderer: its profile starts once the frame exists.
    await page.goto(e.extensionUrl('/'), { waitUntil: 'commit' })
    const frame = await extensionFrame(page)
    const session = await frameSession(page, frame)
    await session.send('Profiler.enable')
    await session.send('Profiler.setSamplingInterval', { interval: 500 })
    await session.send('Profiler.start')
    await loadOverview(page, frame, 150_000)
    const { profile } = await session.send('Profiler.stop')
    const file = path.join(RESULTS, `overview-${n}.cpuprofile`)
    writeFileSync(file, JSON.stringify(profile))
    console.log(
      `  CPU profile: ${path.relative(ROOT, file)} (open in Chrome DevTools, Performance)`
    )
    await page.context().close()
  } finally {
    await e.close()
  }
}

/**
 * `npm run bench`: what users feel, measured in headless Chromium inside the host emulator over the
 * fake Looker. Every figure is a ratio to a floor measured in the same run (so it holds on a noisy
 * machine); prints a table and writes bench/results/latest.json. Nothing here is asserted in tests.
 *
 *   npm run bench               the full run, budgets applied
 *   npm run bench -- --quick    small N, no budgets (CI runs it so the benchmark cannot rot)
 *   npm run bench -- --profile  also saves CPU profiles of the projects page at 400 projects and
 *                               of the big results (run, first screenful, scrolling)
 *   npm run bench -- --no-build reuses the bundles of the last run (while working on the bench)
 */
import { spawn } from 'child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'fs'
import os from 'os'
import path from 'path'
import { gzipSync } from 'zlib'
import { SourceMapConsumer, type MappingItem } from 'source-map'
import type { Browser, CDPSession, Frame, Page } from 'playwright-core'
import { startHostEmulator, type HostEmulator } from '../dev/host'
import type { FakeLooker, FakeLookerOptions } from '../dev/fake-looker'
import { buildSeed } from '../dev/fake-looker/seeds'
import {
  apiCalls,
  clearApiCalls,
  extensionFrame,
  frameSession,
  launch,
  markTime,
  newPage,
  replay,
  SUMMARY_DONE,
  usedHeap,
  watch,
  type ApiCall,
  type PortMessage,
  type PortPost,
} from './browser'

const ROOT = path.resolve(__dirname, '..')
const RESULTS = path.join(ROOT, 'bench', 'results')
const QUICK = process.argv.includes('--quick')
const PROFILE = process.argv.includes('--profile')
/** `--only=<step>`: one step (bundle, timeToWorkspace, overviewGrowth, comparison...), while working on it. */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice(7)
/** Rounds of `project_workspace` reads: the page keeps 8 in flight (MAX_IN_FLIGHT). */
const IN_FLIGHT = 8

interface Figure {
  figure: string
  value: number
  floor: number
  unit: string
  /** value / floor */
  ratio: number
  /** The budget on the ratio (or on the value when `absolute`), null when only informative. */
  budget: number | null
  absolute?: boolean
  verdict: 'PASS' | 'OVER' | '-'
}

const figures: Figure[] = []
const details: Record<string, unknown> = {}

function add(
  figure: string,
  value: number,
  floor: number,
  unit: string,
  budget: number | null,
  absolute = false
) {
  // A floor of 0 on an absolute budget: no floor to divide by (the ratio is shown as '-').
  const ratio =
    floor > 0
      ? value / floor
      : absolute && floor === 0 && value > 0
        ? NaN
        : value === 0
          ? 1
          : Infinity
  const checked = absolute ? value : ratio
  const verdict = QUICK || budget === null ? '-' : checked <= budget ? 'PASS' : 'OVER'
  figures.push({ figure, value, floor, unit, ratio, budget, absolute, verdict })
  const shown = Number.isNaN(ratio)
    ? fmt(value, unit)
    : `${fmt(value, unit)} / ${fmt(floor, unit)} = ${ratio.toFixed(2)}x`
  console.log(
    `  ${figure}: ${shown}${budget === null ? '' : ` (budget ${budgetText(budget, absolute, unit)}) ${verdict}`}`
  )
}

function fmt(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'timeout'
  if (unit === 'KiB') return `${(value / 1024).toFixed(1)} KiB`
  if (unit === 'MiB') return `${(value / 1024 / 1024).toFixed(1)} MiB`
  if (unit === 'ms') return `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`
  return `${value} ${unit}`
}

function budgetText(budget: number, absolute: boolean | undefined, unit: string): string {
  return absolute ? `<= ${fmt(budget, unit)}` : `<= ${budget}x`
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN
}

// ---------------------------------------------------------------------------------------------
// 1. Bundle

function webpack(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['webpack', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`webpack ${args.join(' ')} failed (${code})`))
    )
  })
}

interface StatsModule {
  name: string
  size: number
  modules?: StatsModule[]
}

/** The package a module comes from (`@looker/components`, `react-dom`), or `src` for ours. */
function packageOf(name: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(
    name.split('node_modules/').length > 2 ? name.slice(name.lastIndexOf('node_modules/')) : name
  )
  return m ? m[1]! : name.startsWith('./src/') ? 'src (this app)' : name
}

async function bundle() {
  console.log('Bundle (building dist/bundle.js and the hello-world extension in parallel)')
  const statsPath = path.join(RESULTS, 'stats.json')
  if (!process.argv.includes('--no-build'))
    await Promise.all([
      webpack(['--mode', 'production', '--json', statsPath]),
      webpack(['--config', 'bench/hello/webpack.config.js', '--mode', 'production']),
    ])
  const app = readFileSync(path.join(ROOT, 'dist', 'bundle.js'))
  const hello = readFileSync(path.join(RESULTS, 'hello', 'bundle.js'))
  add('bundle minified', app.length, hello.length, 'KiB', null)
  add('bundle gzip', gzipSync(app).length, gzipSync(hello).length, 'KiB', 1.5)

  const stats = JSON.parse(readFileSync(statsPath, 'utf8')) as { modules: StatsModule[] }
  const unique = new Map<string, StatsModule>()
  for (const m of stats.modules.flatMap((m) => (m.modules?.length ? m.modules : [m])))
    unique.set(m.name, m)
  const flat = [...unique.values()]
  const largest = [...flat]
    .sort((a, b) => b.size - a.size)
    .slice(0, 10)
    .map((m) => ({ module: m.name, kib: +(m.size / 1024).toFixed(1) }))
  const byPackage = new Map<string, number>()
  for (const m of flat)
    byPackage.set(packageOf(m.name), (byPackage.get(packageOf(m.name)) ?? 0) + m.size)
  const packages = [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, size]) => ({ package: name, kib: +(size / 1024).toFixed(1) }))
  details.largestModules = largest
  details.largestPackages = packages
  console.log('  ten largest modules (webpack stats, before minification):')
  for (const m of largest) console.log(`    ${String(m.kib).padStart(7)} KiB  ${m.module}`)
  console.log('  ten largest packages (same):')
  for (const p of packages) console.log(`    ${String(p.kib).padStart(7)} KiB  ${p.package}`)

  // What ships: webpack's stats count modules before terser drops unused code (@looker/components
  // is 780 KiB there in both bundles, 7 KiB of it in hello-world's output), so the difference is
  // read from each bundle's source map instead: its minified bytes per package, gzipped per package.
  const ours = shippedByPackage(path.join(ROOT, 'dist', 'bundle.js'))
  const base = shippedByPackage(path.join(RESULTS, 'hello', 'bundle.js'))
  const added = [...new Set([...ours.keys(), ...base.keys()])]
    .map((name) => {
      const [a, b] = [ours.get(name) ?? { min: 0, gz: 0 }, base.get(name) ?? { min: 0, gz: 0 }]
      return { package: name, minKiB: kib(a.min - b.min), gzipKiB: kib(a.gz - b.gz) }
    })
    .sort((x, y) => y.gzipKiB - x.gzipKiB)
  details.addedOverHello = added.filter((p) => p.gzipKiB !== 0)
  console.log(
    '  what this app adds over hello-world (minified KiB, gzip KiB of that package alone):'
  )
  for (const p of added.slice(0, 15))
    console.log(
      `    ${String(p.minKiB).padStart(7)} ${String(p.gzipKiB).padStart(6)}  ${p.package}`
    )
}

const kib = (bytes: number) => +(bytes / 1024).toFixed(1)

/** Minified bytes and their gzip size per package (`src/<folder>` for ours), from the source map. */
function shippedByPackage(bundlePath: string): Map<string, { min: number; gz: number }> {
  const lines = readFileSync(bundlePath, 'utf8').split('\n')
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8')))
  const mappings: MappingItem[] = []
  map.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER)
  const parts = new Map<string, string[]>()
  mappings.forEach((m, i) => {
    const next = mappings[i + 1]
    const line = lines[m.generatedLine - 1] ?? ''
    const end = next?.generatedLine === m.generatedLine ? next.generatedColumn : line.length
    const name = m.source ? shippedPackage(m.source) : '(webpack)'
    parts.set(name, [...(parts.get(name) ?? []), line.slice(m.generatedColumn, end)])
  })
  return new Map(
    [...parts].map(([name, p]) => [
      name,
      { min: p.join('').length, gz: gzipSync(p.join('')).length },
    ])
  )
}

function shippedPackage(source: string): string {
  if (source.includes('node_modules/')) return packageOf(source)
  const src = /\/src\/((?:features\/)?[^/]+\/)?/.exec(source)
  return src ? `src/${src[1] ?? ''}` : '(webpack)'
}

// ---------------------------------------------------------------------------------------------
// Pages in the host emulator

/** `BENCH_BUNDLE=<path>`: the extension bundle to measure (an older build, for before/after). */
async function emulator(
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

async function open(
  browser: Browser,
  e: HostEmulator,
  route: string
): Promise<{ page: Page; frame: Frame; start: number }> {
  const page = await newPage(browser)
  const start = Date.now()
  await page.goto(e.extensionUrl(route))
  return { page, frame: await extensionFrame(page), start }
}

// ---------------------------------------------------------------------------------------------
// 3. Time to the workspace on screen

async function timeToWorkspace(browser: Browser) {
  console.log('Time to the workspace on screen (median of 5 loads, demo seed)')
  const runs = QUICK ? 2 : 5
  const measure = async (bundlePath?: string) => {
    const e = await emulator({ seed: 'demo' }, bundlePath)
    const times: number[] = []
    try {
      for (let i = 0; i < runs; i++) {
        const { page, frame, start } = await open(browser, e, '/')
        times.push((await markTime(frame, 'workspace', 30_000)) - start)
        await page.context().close()
      }
    } finally {
      await e.close()
    }
    return median(times)
  }
  const hello = await measure(path.join(RESULTS, 'hello', 'bundle.js'))
  const app = await measure()
  add('time to workspace', app, hello, 'ms', 1.3)
}

// ---------------------------------------------------------------------------------------------
// 2, 4, 8. Projects overview

interface OverviewRun {
  projects: number
  gitProjects: number
  ms: number
  calls: ApiCall[]
}

const seedFor = (n: number) => (n === 1000 ? 'huge' : `huge:${n}`)

/** Projects that use git in the `huge` seed's first n (each needs one state read). */
const gitProjectsOf = (n: number) =>
  Object.values(buildSeed(seedFor(n)).projects).filter((p) => p.usesGit).length

/** Loads `/` and waits for every row's state; the time runs from the extension's first API call. */
async function loadOverview(
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
 * Counts the calls the fake Looker is answering at once (its latency included): the most at any
 * moment, and the mean over the time from the first call in to the last answer out. `reset`
 * starts a new count.
 */
function countInFlight(looker: FakeLooker) {
  const handle = looker.handle.bind(looker)
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
  looker.handle = async (req) => {
    tick()
    if (!first) first = last
    most = Math.max(most, ++now)
    try {
      return await handle(req)
    } finally {
      tick()
      now -= 1
    }
  }
  return {
    read: () => ({ most, mean: last > first ? +(area / (last - first)).toFixed(2) : 0 }),
    reset: () => void (most = area = first = last = 0),
  }
}

/** Main-thread busy time of a page or frame so far (CDP `Performance` TaskDuration), in ms. */
async function busyMs(session: CDPSession): Promise<number> {
  await session.send('Performance.enable')
  const { metrics } = await session.send('Performance.getMetrics')
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000
}

/** The protocol of the host page's first API call to the host (`h2`, `http/1.1`). */
const hostProtocol = (page: Page) =>
  page.evaluate(
    () =>
      (
        performance.getEntriesByType('resource').find((r) => r.name.includes('/__host/invoke')) as
          PerformanceResourceTiming | undefined
      )?.nextHopProtocol ?? '?'
  )

/**
 * One page load of n projects. `transportMs`: the same calls sent by the host page itself right
 * after (the first call, the project list, then every state with 8 in flight): what the round
 * trips through this host cost on this machine at this moment, with no extension at all (NaN
 * when `transport` is false). `http2`: the emulator over HTTPS with HTTP/2, as Looker behind an
 * HTTP/2 load balancer; over HTTP/1.1 Chromium sends at most 6 calls at once to one origin.
 */
async function overview(
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

async function overviewWithLatency(browser: Browser) {
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

async function overviewGrowth(browser: Browser) {
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

/** Calls counted by `METHOD path`; `repeated`: how many calls beyond the first of each. */
function countCalls(calls: ApiCall[]) {
  const counts = new Map<string, number>()
  for (const c of calls)
    counts.set(
      `${c.method} ${c.path.split('?')[0]}`,
      (counts.get(`${c.method} ${c.path.split('?')[0]}`) ?? 0) + 1
    )
  const repeated = [...counts.values()].reduce((sum, k) => sum + k - 1, 0)
  const byOperation = new Map<string, number>()
  for (const c of calls) {
    const key = `${c.method} ${c.path.split('?')[0]!.replace(/\/projects\/[^/]+/, '/projects/{id}')}`
    byOperation.set(key, (byOperation.get(key) ?? 0) + 1)
  }
  return { total: calls.length, repeated, byOperation: Object.fromEntries(byOperation) }
}

/**
 * One page load (API cost, heap), then 20 switches back and forth (API cost of one, heap after).
 * Minimum of a load: the session, the user and their roles (Looker's `me` carries role ids only;
 * what the user may do comes from `user_roles`), the project list, one state per git project. Of
 * a switch: the switch itself, the project list (a project not yet deployed is listed in
 * Development Mode only) and one state per git project.
 */
async function apiCostAndMemory(browser: Browser) {
  const n = QUICK ? 40 : 1000
  const switches = QUICK ? 4 : 20
  console.log(`API cost and memory (${n} projects, ${switches} switches)`)
  const e = await emulator({ seed: seedFor(n) })
  const gitProjects = gitProjectsOf(n)
  try {
    const { page, frame } = await open(browser, e, '/')
    const load = await loadOverview(page, frame, 150_000)
    const loadCost = countCalls(load.calls)
    add('API calls, page load', loadCost.total, 4 + gitProjects, 'calls', 1)
    add('API calls repeated, page load', loadCost.repeated, 0, 'calls', 0, true)
    const session = await frameSession(page, frame)
    // Playwright's locators inject its script (a 330 KB source and its objects) into the frame
    // the first time they are used: done before the first reading, or the switches below would
    // be charged with it (it was most of the growth this figure showed).
    await frame.getByRole('switch', { name: 'Development Mode' }).isEnabled()
    await frame.getByLabel('Current workspace').textContent()
    // The switches are then clicked and waited for by evaluating one expression each: run 20
    // times, Playwright's locators and waits made V8 compile its injected script (role and label
    // matching, hit-target checks, polling) into 0.2 MiB of code in the frame's heap, counted here
    // as the app's (heap snapshots, by script). A mouse click where the switch is missed it at
    // times: the host page moves the frame (its Development Mode banner).
    const clickSwitch = `document.getElementById('development-mode').click()`
    const workspaceText = `document.querySelector('[aria-label="Current workspace"]')?.textContent`
    const until = async (condition: string, timeoutMs: number) => {
      for (const end = Date.now() + timeoutMs; !(await frame.evaluate(condition));) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${condition}`)
        await page.waitForTimeout(50)
      }
    }
    const heapAfterLoad = await usedHeap(session)

    const switchCosts: ReturnType<typeof countCalls>[] = []
    for (let i = 0; i < switches; i++) {
      await clearApiCalls(page)
      const before = JSON.stringify(await frame.evaluate(workspaceText))
      await until(`document.getElementById('development-mode')?.disabled === false`, 60_000)
      await frame.evaluate(clickSwitch)
      await until(`${workspaceText} !== ${before}`, 60_000)
      // The first switch is counted once its table has loaded; the others switch on as soon as
      // Looker answered (the table of the workspace left is dropped mid-load, as a person's
      // quick switches would), and the last one loads in full before the heap is read.
      if (i > 0 && i < switches - 1) continue
      await until(SUMMARY_DONE, 150_000)
      if (i === 0) switchCosts.push(countCalls(await apiCalls(page)))
    }
    const heapAfterSwitches = await usedHeap(session)
    add('API calls, one switch', switchCosts[0]!.total, 2 + gitProjects, 'calls', 1)
    add('API calls repeated, one switch', switchCosts[0]!.repeated, 0, 'calls', 0, true)
    add(
      `heap after ${switches} switches (vs after load)`,
      heapAfterSwitches,
      heapAfterLoad,
      'MiB',
      1.1
    )
    details.apiCost = { pageLoad: loadCost, oneSwitch: switchCosts[0] }
    details.heap = { afterLoad: heapAfterLoad, afterSwitches: heapAfterSwitches }
    await page.context().close()
  } finally {
    await e.close()
  }
}

/** A CPU profile of the page while it loads 400 projects at 0 ms, for finding where time goes. */
async function profileOverview(browser: Browser) {
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

// ---------------------------------------------------------------------------------------------
// 5. Branch filter with 10,000 branches

async function typeAll(page: Page, frame: Frame, keys: string[]): Promise<number[]> {
  await frame.evaluate(() => (window.__benchKeys = []))
  for (let i = 0; i < keys.length; i++) {
    await page.keyboard.press(keys[i]!)
    await frame.waitForFunction((k) => (window.__benchKeys?.length ?? 0) > k, i, { polling: 'raf' })
  }
  return frame.evaluate(() => window.__benchKeys!.slice())
}

async function branchFilter(browser: Browser) {
  const total = 10000
  console.log(`Branch filter, ${total} branches (keystroke to the filtered list painted)`)
  const e = await emulator({ seed: 'huge:1' })
  try {
    const { page, frame } = await open(browser, e, '/projects/monorepo')
    await frame
      .getByRole('status', { name: 'Branch count' })
      .filter({ hasText: /10,?000 branches/ })
      .waitFor({ timeout: 60_000 })
    // 50 keystrokes: narrow down, widen again, another name.
    const words = [
      'sales-0',
      'Backspace*7',
      'finance-012',
      'Backspace*11',
      'ops-00',
      'Backspace*6',
      'market',
    ]
    const keys = words.flatMap((w) =>
      w.startsWith('Backspace*') ? Array<string>(Number(w.slice(10))).fill('Backspace') : [...w]
    )
    const strokes = keys.slice(0, QUICK ? 10 : 50)

    // Floor: the same keystrokes in a plain input with no listener (a frame and nothing else).
    await frame.evaluate(() => {
      const input = document.createElement('input')
      input.id = 'bench-plain'
      document.body.prepend(input)
    })
    await frame.locator('#bench-plain').focus()
    const floor = await typeAll(page, frame, strokes)
    await frame.evaluate(() => document.getElementById('bench-plain')!.remove())

    await frame.getByLabel('Filter branches').focus()
    const times = await typeAll(page, frame, strokes)
    add('branch filter keystroke, median', median(times), median(floor), 'ms', 16, true)
    add('branch filter keystroke, worst', Math.max(...times), Math.max(...floor), 'ms', 50, true)
    details.branchKeystrokesMs = times.map((t) => +t.toFixed(1))
    await page.context().close()
  } finally {
    await e.close()
  }
}

// ---------------------------------------------------------------------------------------------
// Git health: every project's branches in one table, and its filters

/** The git health table is complete: the branch count no longer says it is reading. */
const HEALTH_DONE = `(() => {
  const text = document.querySelector('[aria-label="Branch count"]')?.textContent ?? ''
  return /shown of/.test(text) && !text.startsWith('Reading')
})()`

/**
 * Changes the select labelled `label` to each value in turn, inside the frame, and returns how
 * long each took to the next frame after it (React renders a change event synchronously).
 */
function changeSelect(frame: Frame, label: string | null, values: string[]): Promise<number[]> {
  return frame.evaluate(
    async ([label, values]) => {
      const select = (
        label
          ? document.querySelector(`select[aria-label="${label}"]`)
          : document.getElementById('bench-plain-select')
      ) as HTMLSelectElement
      const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!
      const times: number[] = []
      for (const v of values) {
        const start = performance.now()
        set.call(select, v)
        select.dispatchEvent(new Event('change', { bubbles: true }))
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
        times.push(performance.now() - start)
      }
      return times
    },
    [label, values] as const
  )
}

async function gitHealth(browser: Browser) {
  const latency = 100
  const n = QUICK ? 40 : 1000
  const perProject = 20
  console.log(
    `Git health, ${n} projects x ${perProject} branches, ${latency} ms per call (first API call to the table complete)`
  )
  const e = await emulator({ seed: `health:${n}`, latencyMs: latency }, undefined, true)
  try {
    const { page, frame } = await open(browser, e, '/git')
    await watch(frame, 'health', HEALTH_DONE)
    const done = await markTime(frame, 'health', 300_000)
    const calls = await apiCalls(page)
    const ms = done - calls[0]!.at
    // The floor: the list, then one round trip per MAX_READS_IN_FLIGHT projects (each project's
    // branches and state are read together, in one round trip).
    const floor = latency * (1 + Math.ceil(n / IN_FLIGHT))
    add(
      `git health ${n}x${perProject}, ${latency} ms, vs latency floor`,
      ms,
      floor,
      'ms',
      QUICK ? null : 1.25
    )

    // Filtering: age, kind and project changes, against the same changes of a plain select.
    const ages = ['any', '30', '365', '90', 'any', '180', '90']
    const kinds = ['personal', 'all', 'shared', 'production', 'all']
    await frame.evaluate(() => {
      const plain = document.createElement('select')
      plain.id = 'bench-plain-select'
      for (const v of ['any', '30', '365', '90', '180', 'all', 'personal', 'shared', 'production'])
        plain.add(new Option(v, v))
      document.body.prepend(plain)
    })
    const floorTimes = await changeSelect(frame, null, [...ages, ...kinds])
    await frame.evaluate(() => document.getElementById('bench-plain-select')!.remove())
    const times = [
      ...(await changeSelect(frame, 'Age', ages)),
      ...(await changeSelect(frame, 'Kind', kinds)),
    ]
    add('git health filter change, median', median(times), median(floorTimes), 'ms', 16, true)
    details.gitHealthFilterMs = times.map((t) => +t.toFixed(1))
    await page.context().close()
  } finally {
    await e.close()
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Comparison

async function comparison(browser: Browser) {
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

// ---------------------------------------------------------------------------------------------
// 8. Dashboards and Looks (the content check)

/**
 * The content check over `content:<n>` (n dashboards of 10 tiles on 50 models of one project),
 * 20 ms per API call, 4 requests in flight (the default). Every tile's SQL is the same both ways
 * (the seed's branch changes nothing), so the run is finding the content and the SQL pass. Floor:
 * the round trips the check cannot avoid at that concurrency, each one call's latency: the three
 * first reads together, then the dashboard reads, the Look pages and the Look reads 4 at a time,
 * then per distinct query its two SQL reads together, 4 queries at a time. Over HTTP/2, as the
 * overview's figures (over HTTP/1.1 Chromium sends at most 6 calls at once to the host).
 */
async function contentCheck(browser: Browser) {
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

// ---------------------------------------------------------------------------------------------
// 7. Big results

/** The stretches of work named by the app (`performance.measure`), in the frame, epoch ms. */
async function frameMeasures(
  frame: Frame
): Promise<Array<{ name: string; at: number; ms: number }>> {
  return (await frame.evaluate(
    "performance.getEntriesByType('measure').map((m) => ({ name: m.name, at: performance.timeOrigin + m.startTime, ms: m.duration }))"
  )) as Array<{ name: string; at: number; ms: number }>
}

/**
 * Where the time from the rows' arrival at the host to the first screenful went, for the answer
 * that carried rows last (compared: the later side): the host page reading and parsing the body,
 * its postMessage to the frame (the structured clone), the wait until the frame's task starts,
 * the frame deserializing the message, chatty and the SDK until the app's mapping starts, the
 * mapping, the diff done before the first screenful (compared), and rendering up to the frame
 * where 20 rows show. Each from the instrumentation in bench/browser.ts and the app's measures.
 */
async function resultPhases(page: Page, frame: Frame, results: ApiCall[], shown: number) {
  const last = results
    .filter((c) => c.answeredAt !== undefined && c.parsedAt !== undefined)
    .reduce<ApiCall | null>((a, c) => (a && a.answeredAt! > c.answeredAt! ? a : c), null)
  const posts = (await page.evaluate('window.__benchPosts ?? []')) as PortPost[]
  const messages = (await frame.evaluate('window.__benchMessages ?? []')) as PortMessage[]
  const measures = await frameMeasures(frame)
  const post = last ? posts.find((p) => p.at >= last.parsedAt! - 1) : undefined
  // Not before the clone is done (2 ms for the two processes' clocks).
  const message = post ? messages.find((m) => m.at >= post.at + post.ms - 2) : undefined
  const received = message ? message.at + message.deserializeMs : NaN
  const map = measures.find((m) => m.name.endsWith('map results') && m.at >= (message?.at ?? 0))
  const mapped = map ? map.at + map.ms : NaN
  const diffs = measures.filter((m) => m.name.endsWith('diff') && m.at >= mapped && m.at <= shown)
  const diffMs = diffs.reduce((sum, m) => sum + m.ms, 0)
  const lastWork = Math.max(mapped, ...diffs.map((m) => m.at + m.ms))
  const round = (ms: number) => (Number.isFinite(ms) ? +ms.toFixed(1) : null)
  return {
    postedAt: post?.at ?? null,
    ms: {
      'host read + parse': round(last ? last.parsedAt! - last.answeredAt! : NaN),
      'host postMessage (clone)': round(post?.ms ?? NaN),
      'to the frame': round(message && post ? message.at - post.at - post.ms : NaN),
      'frame deserialize': round(message?.deserializeMs ?? NaN),
      'chatty + SDK': round(map ? map.at - received : NaN),
      'our mapping': round(map?.ms ?? NaN),
      'diff before first screenful': round(diffMs),
      'render to first screenful': round(shown - lastWork),
    },
  }
}

function phaseText(ms: Record<string, number | null>): string {
  return Object.entries(ms)
    .map(([k, v]) => `${k} ${v === null ? '?' : v}`)
    .join(', ')
}

/**
 * 5,000 rows x 20 columns, answered by the fake's `query_task_results` through a fault body (the
 * demo data has 400 orders): the time from the answer reaching the host to the first screenful of
 * rows, then the longest task while the results scroll. Run alone and compared.
 */
async function bigResults(browser: Browser) {
  const rowCount = QUICK ? 500 : 5000
  console.log(`Big results, ${rowCount} rows x 20 columns (what exists on this branch)`)
  const dims = ['orders.id', 'orders.user_id', 'orders.product_id', 'orders.status']
  const more = ['orders.created_date', 'orders.created_month', 'orders.sale_price']
  const rest = ['orders.discount', 'orders.is_discounted', 'orders.discount_band', 'users.id']
  const tail = ['users.email', 'users.country', 'users.age', 'products.id', 'products.name']
  const fields = [...dims, ...more, ...rest, ...tail, 'products.category', 'products.brand']
  const measures = ['orders.count', 'orders.total_revenue']
  const all = [...fields, ...measures]
  const data = Array.from({ length: rowCount }, (_, i) =>
    Object.fromEntries(
      all.map((f, j) => [f, { value: j < 3 || j >= 18 ? i * 7 + j : `${f} ${i}` }])
    )
  )
  const body = {
    data,
    fields: {
      dimensions: fields.map((name) => ({ name })),
      measures: measures.map((name) => ({ name })),
    },
    errors: [],
  }
  const e = await emulator({ seed: 'demo' })
  e.looker!.addFault({ operation: 'query_task_results', body })
  const url = `/query?model=ecommerce&explore=orders&fields=${all.join(',')}&limit=${rowCount}`
  try {
    for (const [label, button, section] of [
      ['alone', 'Run', 'Development result'],
      ['compared', 'Compare production and development', 'Production against development'],
    ] as const) {
      const { page, frame } = await open(browser, e, url)
      const runButton = frame.getByRole('button', { name: button })
      await runButton.waitFor({ timeout: 60_000 })
      const session = PROFILE ? await frameSession(page, frame) : null
      if (session) {
        await session.send('Profiler.enable')
        await session.send('Profiler.setSamplingInterval', { interval: 200 })
        await session.send('Profiler.start')
      }
      await runButton.click({ timeout: 60_000 })
      const rowsShown = `document.querySelectorAll('section[aria-label="${section}"] tbody tr, section[aria-label="${section}"] [role="row"]').length >= 20`
      await watch(frame, 'rows', rowsShown)
      const shown = await markTime(frame, 'rows', 120_000)
      const results = (await apiCalls(page)).filter((c) => c.path.includes('/results'))
      const arrived = Math.max(...results.map((c) => c.answeredAt ?? c.at))
      add(
        `big results ${label}: first screenful after the rows`,
        shown - arrived,
        0,
        'ms',
        200,
        true
      )
      const phases = await resultPhases(page, frame, results, shown)
      if (phases.postedAt !== null) {
        add(
          `big results ${label}: first screenful after the rows reach the extension`,
          shown - phases.postedAt,
          0,
          'ms',
          null,
          true
        )
      }
      console.log(`  ${label}, ms: ${phaseText(phases.ms)}`)
      details[`bigResultsPhasesMs_${label}`] = phases.ms

      const table = frame
        .locator(
          `section[aria-label="${section}"] table, section[aria-label="${section}"] [role="table"]`
        )
        .first()
      await table.hover()
      const before = Date.now()
      for (let i = 0; i < 30; i++) {
        await page.mouse.wheel(0, 600)
        await page.waitForTimeout(30)
      }
      await page.waitForTimeout(200)
      const tasks = (
        (await frame.evaluate('window.__benchLongTasks')) as Array<{ at: number; ms: number }>
      ).filter((t) => t.at >= before)
      add(
        `big results ${label}: longest task while scrolling`,
        Math.max(0, ...tasks.map((t) => t.ms)),
        0,
        'ms',
        50,
        true
      )
      if (session) {
        const { profile } = await session.send('Profiler.stop')
        const file = path.join(RESULTS, `big-results-${label}.cpuprofile`)
        writeFileSync(file, JSON.stringify(profile))
        console.log(`  CPU profile: ${path.relative(ROOT, file)}`)
      }
      await page.context().close()
    }
  } finally {
    await e.close()
  }
}

// ---------------------------------------------------------------------------------------------

function printTable() {
  const rows = figures.map((f) => [
    f.figure,
    fmt(f.value, f.unit),
    fmt(f.floor, f.unit),
    Number.isNaN(f.ratio) ? '-' : `${Number.isFinite(f.ratio) ? f.ratio.toFixed(2) : '∞'}x`,
    f.budget === null ? '' : budgetText(f.budget, f.absolute, f.unit),
    f.verdict,
  ])
  const head = ['figure', 'value', 'floor', 'ratio', 'budget', 'verdict']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(`\n${line(head)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`)
  for (const r of rows) console.log(line(r))
}

async function main() {
  const started = Date.now()
  mkdirSync(RESULTS, { recursive: true })
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, node ${process.version}`
  console.log(
    `Workspace Switcher benchmark${QUICK ? ' (quick: small N, no budgets)' : ''}\n${machine}`
  )
  if (!ONLY || ONLY === 'bundle') await bundle()
  if (ONLY === 'bundle') return printTable()
  const browser = await launch()
  console.log(`Chromium ${browser.version()}`)
  try {
    const steps = {
      timeToWorkspace,
      overviewWithLatency,
      overviewGrowth,
      apiCostAndMemory,
      branchFilter,
      gitHealth,
      comparison,
      bigResults,
      contentCheck,
      ...(PROFILE ? { profileOverview } : {}),
    }
    for (const [name, step] of Object.entries(steps))
      if (!ONLY || ONLY === name) await step(browser)
  } finally {
    await browser.close()
  }
  printTable()
  const seconds = (Date.now() - started) / 1000
  console.log(
    `\n${figures.filter((f) => f.verdict === 'OVER').length} over budget; ${seconds.toFixed(0)} s`
  )
  const result = {
    at: new Date().toISOString(),
    quick: QUICK,
    machine,
    chromium: browser.version(),
    seconds,
    figures,
    details,
  }
  writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log('Written: bench/results/latest.json')
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})

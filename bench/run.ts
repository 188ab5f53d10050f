/**
 * Benchmarks that print figures (never asserted): bundle size, the fake Looker's in-process cost,
 * and the extension's data paths through the real SDK and fake host on the `large` seed.
 * Run with `npm run bench`.
 */
import './windowShim'
import fs from 'fs'
import path from 'path'
import { execSync } from 'child_process'
import { gzipSync } from 'zlib'
import { performance } from 'perf_hooks'
import { createFakeLooker } from '../dev/fake-looker'
import { clientFor, enter } from '../dev/fake-looker/testing'
import { createFakeHost } from '../test/fakeHost'
import { Semaphore } from 'async-mutex'
import { createLookerApi } from '../src/looker'

const root = path.resolve(__dirname, '..')

function kib(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} KiB`
}

function bundleSize() {
  const bundle = path.join(root, 'dist', 'bundle.js')
  if (!fs.existsSync(bundle))
    execSync('npx webpack --mode production', { cwd: root, stdio: 'ignore' })
  const bytes = fs.readFileSync(bundle)
  console.log(
    `bundle.js                     ${kib(bytes.length)} minified, ${kib(gzipSync(bytes).length)} gzip`
  )
}

async function timeIt(label: string, runs: number, work: () => Promise<unknown>) {
  await work() // warm up
  const start = performance.now()
  for (let i = 0; i < runs; i++) await work()
  const ms = (performance.now() - start) / runs
  console.log(`${label.padEnd(30)}${ms.toFixed(2)} ms/op (${runs} runs)`)
}

async function fakeLooker() {
  const looker = await createFakeLooker({ seed: 'large', sessionMode: 'ui' })
  const ada = clientFor(looker, 'ada')
  await enter(ada, 'dev')
  const projects = (await ada.get('/projects')).body as Array<{ id: string }>
  console.log(`large seed                    ${projects.length} projects`)
  await timeIt('fake: GET /session', 500, () => ada.get('/session'))
  await timeIt('fake: GET /projects', 50, () => ada.get('/projects'))
  const first = encodeURIComponent(projects[0]!.id)
  await timeIt('fake: all_git_branches', 100, () => ada.get(`/projects/${first}/git_branches`))

  // The same reads through the extension's own path: real Looker40SDK over the fake host.
  const { sdk } = createFakeHost({ looker, user: 'ada' })
  const api = createLookerApi(sdk)
  await timeIt('app: getSession', 300, () => api.getSession())
  await timeIt('app: getCurrentUser', 100, () => api.getCurrentUser())
  await looker.close()

  const small = await createFakeLooker({ seed: 'demo', sessionMode: 'ui' })
  const client = clientFor(small, 'ada')
  const query = {
    model: 'ecommerce',
    view: 'orders',
    fields: ['orders.status', 'orders.count', 'orders.total_revenue'],
    limit: '500',
  }
  await timeIt('fake: run_inline_query json', 50, () =>
    client.call('POST', '/queries/run/json', query)
  )
  await small.close()
}

/**
 * The projects table's reads on the 200-project seed with 20 ms of latency per call, through the
 * real SDK and fake host: one project list, then one state per project, 8 in flight (as the page
 * does) against one at a time.
 */
async function projectsTable() {
  const looker = await createFakeLooker({ seed: 'large', sessionMode: 'ui', latencyMs: 20 })
  looker.setUserWorkspace('ada', 'dev')
  const api = createLookerApi(createFakeHost({ looker, user: 'ada' }).sdk)
  for (const inFlight of [1, 8]) {
    const semaphore = new Semaphore(inFlight)
    const start = performance.now()
    const projects = await api.listProjects()
    const firstRow = performance.now() - start
    await Promise.all(
      projects
        .filter((p) => p.usesGit)
        .map((p) => semaphore.runExclusive(() => api.getProjectState(p.id)))
    )
    const all = performance.now() - start
    console.log(
      `${`app: projects table, ${inFlight} in flight`.padEnd(38)}list ${firstRow.toFixed(0)} ms, all ${projects.length} rows ${all.toFixed(0)} ms`
    )
  }
  await looker.close()
}

async function main() {
  console.log(
    `Workspace Switcher benchmarks (${new Date().toISOString()}, node ${process.version})`
  )
  bundleSize()
  await fakeLooker()
  await projectsTable()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

/** The bundle: dist/bundle.js against a hello-world extension of the same stack, gzip and per package. */
import { spawn } from 'child_process'
import { readFileSync } from 'fs'
import path from 'path'
import { gzipSync } from 'zlib'
import { SourceMapConsumer, type MappingItem } from 'source-map'
import { add, details, RESULTS, ROOT } from '../lib/report'

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

export async function bundle() {
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

// `npm run test:e2e`: builds the bundle when it is missing or older than src/ (or manifest.lkml),
// then runs the browser flows (e2e/run.ts, through tsx), which print `N passed, M failed`.
// Usage: node scripts/e2e.mjs [name-filter]
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bundle = path.join(root, 'dist', 'bundle.js')

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

// Everything the bundle is built from: the sources, the loaders in build/ and the build settings.
const sourcesChanged = () =>
  Math.max(
    newestMtime(path.join(root, 'src')),
    newestMtime(path.join(root, 'build')),
    ...['webpack.config.js', 'tsconfig.json', 'package-lock.json'].map(
      (file) => statSync(path.join(root, file)).mtimeMs
    )
  )

if (!existsSync(bundle) || statSync(bundle).mtimeMs < sourcesChanged()) {
  console.log('Building dist/bundle.js (npx webpack --mode production)...')
  const build = spawnSync('npx', ['webpack', '--mode', 'production'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (build.status !== 0) {
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
}

// A child process: tsx runs the TypeScript flows (and esbuild, which the emulator uses).
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const run = spawnSync(process.execPath, [tsx, 'e2e/run.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})
// Exit 1: flows failed and the runner printed the tally; anything else is a crash.
if (run.status !== 0 && run.status !== 1) console.log('0 passed, 1 failed')
process.exit(run.status === 0 ? 0 : 1)

// `npm start`: builds dist/bundle.js (skip with --no-build), then runs the Looker host emulator
// over the demo fake Looker (dev/host/cli.ts through tsx) and prints the address to open.
// PORT changes the host port (default 8080; the extension origin is PORT+1). With
// LOOKER_BASE_URL, LOOKER_CLIENT_ID and LOOKER_CLIENT_SECRET set, it fronts that Looker instead.
// `npm start -- --install <repository path or URL>[@<sha>] [--constant NAME=value] [--listing id]`
// installs that commit as Looker's Marketplace does (its own bundle: no build). Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const args = process.argv.slice(2)
if (!args.includes('--no-build') && !args.includes('--install')) {
  console.log('Building dist/bundle.js (npx webpack --mode production)...')
  const build = spawnSync('npx', ['webpack', '--mode', 'production'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const child = spawn(process.execPath, [tsx, 'dev/host/cli.ts', ...args], {
  cwd: root,
  stdio: 'inherit',
})

// Ctrl-C reaches the child too (same process group); forward other stops and wait for it.
const stop = (signal) => child.exitCode === null && child.kill(signal)
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))

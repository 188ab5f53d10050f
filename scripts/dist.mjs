// `npm run dist`: builds dist/ from the committed source and commits dist/ alone, so the bundle's
// commit (build/buildInfo.js) names the source it was built from. `npm run check:dist` rebuilds
// and fails when the committed dist/ is not the build of the committed source (`--no-build`
// compares what the last build wrote, as CI does right after `npm run build`).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const { BUILD_INPUTS, DIST_FILES, git } = require('../build/buildInfo.js')

// npm runs scripts in the package's directory (and specs run this in throwaway repositories).
export const root = process.cwd()

/** Build inputs with uncommitted changes (a bundle built from them names no commit). */
export function uncommittedSource() {
  return git(root, ['status', '--porcelain', '--', ...BUILD_INPUTS])
}

/** `npx webpack --mode production`; exits on failure. */
export function build() {
  console.log('Building dist/ (npx webpack --mode production)...')
  const result = spawnSync('npx', ['webpack', '--mode', 'production'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (result.status !== 0) {
    console.error('The build failed: run `npm run build` to see why.')
    process.exit(1)
  }
}

/** Files of dist/ that differ from the commit (or are not in it yet). */
export function staleDistFiles() {
  const changed = git(root, ['diff', '--name-only', 'HEAD', '--', ...DIST_FILES])
  const added = git(root, ['ls-files', '--others', '--exclude-standard', '--', ...DIST_FILES])
  return [...changed.split('\n'), ...added.split('\n')].filter(Boolean)
}

/** Commits dist/ alone; returns the new commit's SHA, or null when dist/ was already up to date. */
export function commitDist() {
  if (staleDistFiles().length === 0) return null
  const source = git(root, ['log', '-1', '--format=%h', '--', ...BUILD_INPUTS])
  git(root, ['add', '--', ...DIST_FILES])
  git(root, ['commit', '--quiet', '-m', `dist: the build of ${source}`, '--', ...DIST_FILES])
  return git(root, ['rev-parse', 'HEAD'])
}

function main(args) {
  const check = args.includes('--check')
  if (check && git(root, ['rev-parse', '--is-shallow-repository']) === 'true') {
    console.error('check:dist needs the history: run `git fetch --unshallow` first.')
    process.exit(1)
  }
  const dirty = uncommittedSource()
  if (dirty) {
    console.error(
      `Uncommitted changes to the bundle's source:\n${dirty}\n` +
        'Commit them first, then run `npm run dist` (it builds and commits dist/ alone).'
    )
    process.exit(1)
  }
  if (!args.includes('--no-build')) build()
  if (check) {
    const stale = staleDistFiles()
    if (stale.length === 0) return console.log('dist/ is the build of the committed source.')
    console.error(
      `The committed dist/ is not the build of the committed source (${stale.join(', ')}).\n` +
        'Run `npm run dist` (it builds and commits dist/ alone), then push that commit.'
    )
    process.exit(1)
  }
  const sha = commitDist()
  console.log(sha ? `Committed dist/ as ${sha}` : 'dist/ was already up to date.')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2))

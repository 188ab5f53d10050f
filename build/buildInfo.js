// What the bundle says about itself (the About panel): the package version and the commit of the
// source it was built from. dist/bundle.js is committed, and CI rebuilds it on a fresh clone whose
// HEAD is the commit holding that bundle, so the commit cannot be HEAD at build time (the bundle
// would have to contain the SHA of the commit that contains it). It is the last commit that changed
// a build input: commit the source, build, then commit dist/ alone (`npm run dist`,
// `npm run release`), and any later build of that tree gives the same bytes.
const { execFileSync } = require('child_process')

/** Everything the bundle is built from; a change anywhere else (docs, tests) leaves it as it is. */
const BUILD_INPUTS = [
  'src',
  'build',
  'webpack.config.js',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
]

/** What is committed of dist/: what Looker loads (`file:` in manifest.lkml) and its licences. */
const DIST_FILES = ['dist/bundle.js', 'dist/bundle.js.LICENSE.txt', 'dist/oss-licenses.json']

function git(root, args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: 'pipe' }).trim()
}

/**
 * The commit of the bundle's source: the last commit that changed a build input, with `-dirty`
 * when a build input differs from it in the working tree, `unknown` outside a git checkout.
 * Throws in a shallow clone, where the history that names the commit may be missing.
 */
function sourceCommit(root) {
  let inside
  try {
    inside = git(root, ['rev-parse', '--is-inside-work-tree']) === 'true'
  } catch {
    inside = false
  }
  if (!inside) return 'unknown'
  if (git(root, ['rev-parse', '--is-shallow-repository']) === 'true')
    throw new Error(
      'A shallow clone cannot tell which commit last changed the source: run `git fetch --unshallow`'
    )
  const commit = git(root, ['log', '-1', '--format=%H', '--', ...BUILD_INPUTS])
  const dirty = git(root, ['status', '--porcelain', '--', ...BUILD_INPUTS]) !== ''
  return `${commit || 'unknown'}${dirty ? '-dirty' : ''}`
}

module.exports = { BUILD_INPUTS, DIST_FILES, git, sourceCommit }

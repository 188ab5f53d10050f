// `npm run release -- <version>`: refuses on a bad version, a package.json without `repository`,
// a dirty tree or red checks (lint, typecheck, `npm test`); then bumps package.json, moves the
// changelog's Unreleased section, writes the listing icon's address into marketplace.json and
// commits that (the source commit); builds and commits dist/ alone (so the bundle names the
// source commit: build/buildInfo.js); tags v<version> and prints the SHA to install.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const { DIST_FILES } = require('../build/buildInfo.js')
const { imageUri, repositoryUrl, repositoryWebUrl } = require('../build/listing.js')
const { moveUnreleased, versionProblem } = require('../build/release.js')

const root = process.cwd()
const git = (...args) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: 'pipe' }).trim()
const file = (name) => path.join(root, name)
const readJson = (name) => JSON.parse(readFileSync(file(name), 'utf8'))
const writeJson = (name, value) => writeFileSync(file(name), `${JSON.stringify(value, null, 2)}\n`)

function refuse(message) {
  console.error(`Release refused: ${message}`)
  process.exit(1)
}

function npm(...args) {
  return spawnSync('npm', args, { cwd: root, stdio: 'inherit' }).status === 0
}

const version = process.argv[2]
const pkg = readJson('package.json')
const tagged = git('tag', '--list', `v${version}`) !== ''
const problem = versionProblem(version, pkg.version, tagged)
if (problem) refuse(problem)
const repository = repositoryUrl(pkg)
let icon
try {
  icon = imageUri(repository, `v${version}`)
} catch (error) {
  refuse(error.message)
}
const dirty = git('status', '--porcelain')
if (dirty) refuse(`uncommitted changes; commit or stash them first:\n${dirty}`)

console.log(`Checking the tree before releasing ${version} (lint, typecheck, npm test)...`)
for (const script of ['lint', 'typecheck', 'test'])
  if (!npm('run', script)) refuse(`\`npm run ${script}\` failed: the tests failed, fix them first`)

// The source commit: version, changelog, the listing's icon at the new tag.
const changelog = moveUnreleased(
  readFileSync(file('CHANGELOG.md'), 'utf8'),
  version,
  new Date().toISOString().slice(0, 10),
  repositoryWebUrl(repository)
)
writeFileSync(file('CHANGELOG.md'), changelog)
pkg.version = version
writeJson('package.json', pkg)
const changed = ['package.json', 'CHANGELOG.md']
if (existsSync(file('package-lock.json'))) {
  const lock = readJson('package-lock.json')
  lock.version = version
  if (lock.packages?.['']) lock.packages[''].version = version
  writeJson('package-lock.json', lock)
  changed.push('package-lock.json')
}
if (existsSync(file('marketplace.json'))) {
  const listing = readJson('marketplace.json')
  listing.branding = { ...listing.branding, image_uri: icon }
  writeJson('marketplace.json', listing)
  changed.push('marketplace.json')
}
git('add', '--', ...changed)
git('commit', '--quiet', '-m', `Release ${version}`)

// The bundle of that commit, committed alone, then the tag on it.
if (!npm('run', 'build')) refuse('the build failed after the release commit: see above')
git('add', '--', ...DIST_FILES)
if (git('diff', '--cached', '--name-only') !== '')
  git('commit', '--quiet', '-m', `dist: the build of ${version}`)
git('tag', '-a', `v${version}`, '-m', `Workspace Switcher ${version}`)
const sha = git('rev-parse', 'HEAD')
console.log(`
Released ${version}: tag v${version} on commit ${sha}
Push it:  git push origin HEAD v${version}
Install:  give ${sha} to the Marketplace listing, or to Marketplace > Manage > Install via Git URL.`)

/**
 * @jest-environment node
 *
 * `npm run release -- <version>`: what it refuses before touching anything, and how it moves the
 * changelog's Unreleased section (Keep a Changelog).
 */
import { execFileSync, spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { moveUnreleased, versionProblem } from '../build/release'

const RELEASE = path.resolve(__dirname, '..', 'scripts', 'release.mjs')

test('a version must be semver, new, and not older than package.json', () => {
  expect(versionProblem(undefined, '1.0.0', false)).toMatch(/npm run release -- <version>/)
  expect(versionProblem('1.1', '1.0.0', false)).toMatch(/not a semantic version/)
  expect(versionProblem('0.9.0', '1.0.0', false)).toMatch(/older than/)
  expect(versionProblem('1.0.0', '1.0.0', true)).toMatch(/already tagged/)
  // The first release: package.json says 1.0.0 and nothing is tagged yet.
  expect(versionProblem('1.0.0', '1.0.0', false)).toBeNull()
  expect(versionProblem('1.0.1', '1.0.0', false)).toBeNull()
  expect(versionProblem('2.0.0-rc.1', '1.0.0', false)).toBeNull()
})

const CHANGELOG = `# Changelog

## [Unreleased]

### Added
- Export of saved queries.

## [1.0.0] - 2026-12-05

### Added
- First release.

[Unreleased]: https://github.com/acme/ws/compare/v1.0.0...HEAD
[1.0.0]: https://github.com/acme/ws/releases/tag/v1.0.0
`

test('the Unreleased entries move under the new version, with their date and links', () => {
  expect(moveUnreleased(CHANGELOG, '1.1.0', '2027-01-02', 'https://github.com/acme/ws'))
    .toBe(`# Changelog

## [Unreleased]

## [1.1.0] - 2027-01-02

### Added
- Export of saved queries.

## [1.0.0] - 2026-12-05

### Added
- First release.

[Unreleased]: https://github.com/acme/ws/compare/v1.1.0...HEAD
[1.1.0]: https://github.com/acme/ws/compare/v1.0.0...v1.1.0
[1.0.0]: https://github.com/acme/ws/releases/tag/v1.0.0
`)
})

test('an empty Unreleased section is refused: a release says what changed', () => {
  const released = moveUnreleased(CHANGELOG, '1.1.0', '2027-01-02', null)
  expect(() => moveUnreleased(released, '1.2.0', '2027-01-03', null)).toThrow(
    /Nothing under "## \[Unreleased\]"/
  )
})

/** A throwaway repository with this package.json and CHANGELOG.md, committed. */
function repo(pkg: object): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'))
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg))
  fs.writeFileSync(path.join(dir, 'CHANGELOG.md'), CHANGELOG)
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' })
  git('init', '-q')
  git('add', '.')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'start')
  return dir
}

function release(dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [RELEASE, ...args], { cwd: dir, encoding: 'utf8' })
  return { status: run.status, output: run.stdout + run.stderr }
}

test('refuses without a repository in package.json: the listing icon would have no address', () => {
  const dir = repo({ name: 'x', version: '1.0.0' })
  const run = release(dir, '1.0.1')
  expect(run.status).toBe(1)
  expect(run.output).toMatch(/package.json has no "repository"/)
})

test('refuses on a dirty tree, before running anything', () => {
  const dir = repo({ name: 'x', version: '1.0.0', repository: 'https://github.com/acme/ws' })
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'work in progress')
  const run = release(dir, '1.0.1')
  expect(run.status).toBe(1)
  expect(run.output).toMatch(/uncommitted changes.*notes\.txt/s)
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version).toBe('1.0.0')
})

test('refuses when the tests fail, and changes nothing', () => {
  const dir = repo({
    name: 'x',
    version: '1.0.0',
    repository: 'https://github.com/acme/ws',
    scripts: { lint: 'true', typecheck: 'true', test: 'echo "1 failed" && exit 1' },
  })
  const run = release(dir, '1.0.1')
  expect(run.status).toBe(1)
  expect(run.output).toMatch(/tests failed/i)
  expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).toBe('')
})

/**
 * @jest-environment node
 *
 * `npm run check:dist` (scripts/dist.mjs): CI's answer when the committed dist/ is not the build of
 * the committed source says what to run. Run here with `--no-build` on a throwaway repository,
 * where "the build" is whatever the test writes into dist/.
 */
import { execFileSync, spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'

const SCRIPT = path.resolve(__dirname, '..', 'scripts', 'dist.mjs')

function repo(): { dir: string; git: (...args: string[]) => string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-dist-'))
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8',
    })
  git('init', '-q')
  fs.mkdirSync(path.join(dir, 'src'))
  fs.mkdirSync(path.join(dir, 'dist'))
  fs.writeFileSync(path.join(dir, 'src', 'index.ts'), 'export {}\n')
  fs.writeFileSync(path.join(dir, 'dist', 'bundle.js'), 'built\n')
  git('add', '.')
  git('commit', '-qm', 'source and its build')
  return { dir, git }
}

function check(dir: string) {
  const run = spawnSync(process.execPath, [SCRIPT, '--check', '--no-build'], {
    cwd: dir,
    encoding: 'utf8',
  })
  return { status: run.status, output: run.stdout + run.stderr }
}

test('passes when the build is the committed dist/', () => {
  const { dir } = repo()
  expect(check(dir)).toEqual({ status: 0, output: expect.stringMatching(/is the build of/) })
})

test('a stale bundle fails, naming it and what to run', () => {
  const { dir } = repo()
  fs.writeFileSync(path.join(dir, 'dist', 'bundle.js'), 'built from newer source\n')
  const run = check(dir)
  expect(run.status).toBe(1)
  expect(run.output).toMatch(/not the build of the committed source \(dist\/bundle\.js\)/)
  expect(run.output).toMatch(/Run `npm run dist`/)
})

test('uncommitted source is refused: commit it first', () => {
  const { dir } = repo()
  fs.writeFileSync(path.join(dir, 'src', 'index.ts'), 'export const changed = 1\n')
  const run = check(dir)
  expect(run.status).toBe(1)
  expect(run.output).toMatch(/Commit them first, then run `npm run dist`/)
})

test('a shallow clone is refused: the source commit needs the history', () => {
  const { dir, git } = repo()
  fs.writeFileSync(path.join(dir, 'src', 'index.ts'), 'export const next = 1\n')
  git('commit', '-qam', 'next')
  const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'check-dist-shallow-'))
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow])
  const run = check(shallow)
  expect(run.status).toBe(1)
  expect(run.output).toMatch(/git fetch --unshallow/)
})

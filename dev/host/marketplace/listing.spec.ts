/** @jest-environment node */
import { mkdirSync, rmSync, writeFileSync } from 'fs'
import path from 'path'
import { openCommit, parseInstallSpec } from './git'
import { commitFiles, listingFiles, newRepository } from './fixtures'
import { installListing, listingIdFor, readListing } from './listing'

const CONNECTIONS = ['thelook', 'warehouse']
let repo: string

beforeEach(() => {
  repo = newRepository()
})
afterEach(() => rmSync(repo, { recursive: true, force: true }))

/** Reads and installs `ref` of the repository; returns the app or the refusal's message. */
function install(ref: string, values = { CONNECTION_NAME: 'thelook' }, repository = repo) {
  const commit = openCommit(repository, ref)
  try {
    return installListing(readListing(commit), values, CONNECTIONS)
  } finally {
    commit.close()
  }
}
const refusal = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the install was not refused')
}

test('installs a commit from the commit, not from the working tree', () => {
  const sha = commitFiles(repo, listingFiles('console.log("v1")'), 'v1')
  commitFiles(repo, { 'dist/bundle.js': 'console.log("v2")' }, 'v2')
  writeFileSync(path.join(repo, 'dist', 'bundle.js'), 'console.log("uncommitted")')

  const app = install(sha)
  expect(app.bundle.toString()).toBe('console.log("v1")')
  expect(app.sha).toBe(sha)
  expect(app.projectId).toBe(`marketplace_${listingIdFor(repo)}`)
  expect(app.extensionId).toBe(`${app.projectId}::workspace_switcher`)
  expect(app.installedManifest).toContain(`project_name: "${app.projectId}"`)
  expect(install('HEAD').bundle.toString()).toBe('console.log("v2")')
})

test('refuses a commit whose application file is missing, with the path and the commit', () => {
  const sha = commitFiles(repo, { ...listingFiles(), 'dist/bundle.js': null }, 'no bundle')
  mkdirSync(path.join(repo, 'dist'))
  writeFileSync(path.join(repo, 'dist', 'bundle.js'), 'built but not committed')
  expect(refusal(() => install(sha))).toBe(
    `Could not install listing: application workspace_switcher loads file "dist/bundle.js", which commit ${sha.slice(0, 7)} does not have.`
  )
})

test('refuses a commit without a model file, or without the model marketplace.json names', () => {
  const files = listingFiles()
  const none = commitFiles(repo, { ...files, 'workspace_switcher.model.lkml': null }, 'none')
  expect(refusal(() => install(none))).toMatch(/has no model file/)
  const other = commitFiles(repo, { 'other.model.lkml': 'connection: "x"\n' }, 'other')
  expect(refusal(() => install(other))).toBe(
    `Could not install listing: model "workspace_switcher" in marketplace.json has no workspace_switcher.model.lkml at commit ${other.slice(0, 7)}.`
  )
})

test('refuses a ref that is no commit with the words Looker uses', () => {
  commitFiles(repo, listingFiles(), 'v1')
  expect(refusal(() => install('2ee4e8f'))).toBe(
    `Could not install listing: Unable to load marketplace project. Invalid target uri: ${repo}. Original Message: Error resolving prototype. Problem cloning remote dependency: Initial checkout from ref: '2ee4e8f' failed. Make sure your ref is a valid commit sha.. Check your manifest.`
  )
})

test('refuses a path that is no repository, as a repository Looker cannot clone', () => {
  expect(refusal(() => install('HEAD', undefined, path.join(repo, 'nowhere')))).toMatch(
    /^Could not install listing: Unable to load marketplace project\. Invalid target uri: .*nowhere\. Original Message: Error resolving prototype\. Problem cloning remote dependency: .*nowhere is not a git repository\. Check your manifest\.$/
  )
})

test('refuses an unfilled constant and a connection Looker does not have', () => {
  const sha = commitFiles(repo, listingFiles(), 'v1')
  expect(refusal(() => install(sha, { CONNECTION_NAME: ' ' }))).toBe(
    'Could not install listing: Connection Name (CONNECTION_NAME) is required.'
  )
  expect(refusal(() => install(sha, { CONNECTION_NAME: 'nope' }))).toBe(
    'Could not install listing: there is no connection named "nope". Choose one of: thelook, warehouse.'
  )
})

test('a URL is cloned; a missing marketplace.json is named', () => {
  const sha = commitFiles(repo, listingFiles(), 'v1')
  const url = `file://${repo}`
  expect(install(sha, undefined, url).sha).toBe(sha)
  const bare = commitFiles(repo, { 'marketplace.json': null }, 'no listing')
  expect(refusal(() => install(bare, undefined, url))).toBe(
    `Could not install listing: marketplace.json not found at commit ${bare.slice(0, 7)}.`
  )
})

test('the install spec: path or URL, and an optional @sha', () => {
  expect(parseInstallSpec('/tmp/repo@abc123')).toEqual({ repository: '/tmp/repo', ref: 'abc123' })
  expect(parseInstallSpec('/tmp/repo')).toEqual({ repository: '/tmp/repo', ref: 'HEAD' })
  expect(parseInstallSpec('git@github.com:org/ws.git')).toEqual({
    repository: 'git@github.com:org/ws.git',
    ref: 'HEAD',
  })
  expect(parseInstallSpec('git@github.com:org/ws.git@1a2b3c4')).toEqual({
    repository: 'git@github.com:org/ws.git',
    ref: '1a2b3c4',
  })
  expect(listingIdFor('https://github.com/org/workspace-switcher.git')).toBe('workspace_switcher')
})

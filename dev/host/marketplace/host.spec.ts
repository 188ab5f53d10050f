/** @jest-environment node */
import { rmSync, writeFileSync } from 'fs'
import path from 'path'
import { startHostEmulator, type HostEmulator } from '../index'
import { commitFiles, listingFiles, newRepository } from './fixtures'

let repo: string
let good: string
let noBundle: string
let emulator: HostEmulator | null = null

beforeAll(() => {
  repo = newRepository()
  good = commitFiles(repo, listingFiles('console.log("from the commit")'), 'release')
  noBundle = commitFiles(repo, { 'dist/bundle.js': null }, 'bundle dropped')
  // The manual install's bundle (the working tree's build), outside the repository.
  writeFileSync(path.join(repo, '..', `${path.basename(repo)}.js`), 'console.log("manual")')
})
afterAll(() => {
  rmSync(repo, { recursive: true, force: true })
  rmSync(`${repo}.js`, { force: true })
})
afterEach(async () => {
  await emulator?.close()
  emulator = null
})

const post = (url: string, form: Record<string, string>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  })

test('--install serves the commit: its bundle, the marketplace_ extension id, a read-only project', async () => {
  emulator = await startHostEmulator({
    port: 0,
    install: { spec: `${repo}@${good}`, values: { CONNECTION_NAME: 'thelook' }, listingId: 'ws' },
  })
  expect(emulator.extensionUrl('/')).toBe(
    `${emulator.url}/extensions/marketplace_ws::workspace_switcher/`
  )
  const bundle = await fetch(`${emulator.frameOrigin}/bundle.js`).then((r) => r.text())
  expect(bundle).toBe('console.log("from the commit")')
  const page = await fetch(emulator.extensionUrl('/')).then((r) => r.text())
  expect(page).toContain('"extensionId":"marketplace_ws::workspace_switcher"')
  const looker = emulator.looker!
  expect(looker.state.projects.marketplace_ws!.marketplace).toEqual({
    repository: repo,
    commit: good,
  })
  // Read-only for everyone, even a developer with deploy (ada).
  const answer = await looker.handle({
    method: 'GET',
    path: '/projects/marketplace_ws',
    headers: { authorization: `token ${looker.loginAs('ada')}`, accept: 'application/json' },
  })
  const { can } = answer.body as { can: Record<string, boolean> }
  expect(can).toMatchObject({ update: false, validate: false, deploy_ref_to_production: false })
})

test('--install refuses a commit without its bundle, with the reason', async () => {
  await expect(
    startHostEmulator({
      port: 0,
      install: { spec: `${repo}@${noBundle}`, values: { CONNECTION_NAME: 'thelook' } },
    })
  ).rejects.toThrow(
    `loads file "dist/bundle.js", which commit ${noBundle.slice(0, 7)} does not have`
  )
})

test('Manage > Install via Git URL asks for the connection, then installs; a refusal is shown', async () => {
  emulator = await startHostEmulator({ port: 0, bundlePath: `${repo}.js` })
  const asked = await post(`${emulator.url}/marketplace/install`, { url: repo, sha: good })
  const form = await asked.text()
  expect(form).toContain('<option>thelook</option>')

  const unfilled = await post(`${emulator.url}/marketplace/install`, {
    url: repo,
    sha: good,
    configure: 'yes',
    constant_CONNECTION_NAME: '',
  })
  expect(unfilled.status).toBe(422)
  expect(await unfilled.text()).toContain('Connection Name (CONNECTION_NAME) is required.')

  const done = await post(`${emulator.url}/marketplace/install`, {
    url: repo,
    sha: good,
    configure: 'yes',
    constant_CONNECTION_NAME: 'warehouse',
  })
  expect(await done.text()).toContain('::workspace_switcher')
  expect(emulator.extensionUrl('/')).toMatch(
    /\/extensions\/marketplace_listing_[a-z0-9_]+::workspace_switcher\/$/
  )

  const refused = await post(`${emulator.url}/marketplace/install`, { url: repo, sha: noBundle })
  expect(refused.status).toBe(422)
  expect(await refused.text()).toContain('role="alert"')
})

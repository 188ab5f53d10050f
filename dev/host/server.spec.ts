/** @jest-environment node */
import { mkdtempSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { startHostEmulator, type HostEmulator } from './index'
import { parseManifest, sandboxTokens, withoutMethod } from './manifest'
import type { HostPageConfig } from './wire'

// A fixed manifest: the project's own changes as the extension grows.
const manifest = `project_name: "workspace_switcher"
application: workspace_switcher {
  label: "Workspace Switcher"
  file: "bundle.js"
  entitlements: {
    # local_storage: yes  (a comment must not grant anything)
    core_api_methods: ["me", "session", "update_session", "user_roles"]
  }
}
`
const EXTENSION = '/extensions/workspace_switcher::workspace_switcher'

/** The config the host page embeds for its script. */
function pageConfig(html: string): HostPageConfig {
  const json = /<script id="host-config" type="application\/json">(.*?)<\/script>/s.exec(html)
  if (!json) throw new Error('no host config in the page')
  return JSON.parse(json[1]!) as HostPageConfig
}

const invoke = (emulator: HostEmulator, payload: unknown, cookie = '') =>
  fetch(`${emulator.url}/__host/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(payload),
  }).then((res) => res.json())

const toDev = { httpMethod: 'PATCH', path: '/session', params: null, body: { workspace_id: 'dev' } }

describe('host emulator server', () => {
  let emulator: HostEmulator
  let refusing: HostEmulator
  const bundlePath = path.join(mkdtempSync(path.join(tmpdir(), 'host-')), 'bundle.js')

  beforeAll(async () => {
    writeFileSync(bundlePath, 'window.fakeBundle = 1\n')
    emulator = await startHostEmulator({ port: 0, bundlePath, manifestText: manifest })
    refusing = await startHostEmulator({
      port: 0,
      bundlePath,
      manifestText: withoutMethod(manifest, 'update_session'),
    })
  })
  afterAll(async () => {
    await emulator.close()
    await refusing.close()
  })

  it('passes the route after the extension id to the page (deep links, reloads)', async () => {
    const res = await fetch(`${emulator.url}${EXTENSION}/no-such-page?tab=2`)
    const config = pageConfig(await res.text())
    expect(config).toMatchObject({
      extensionId: 'workspace_switcher::workspace_switcher',
      label: 'Workspace Switcher',
      route: '/no-such-page?tab=2',
      lookerVersion: '25.20.0',
      sandbox: ['allow-scripts'],
      user: 'ada',
    })
    expect(new URL(config.frameUrl).origin).not.toBe(new URL(emulator.url).origin)
  })

  it('serves the bundle unchanged behind a doctype page with a synchronous script', async () => {
    const frame = await fetch(`${emulator.frameOrigin}/frame.html`).then((r) => r.text())
    expect(frame.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(frame).toMatch(/<script src="\/bundle\.js\?v=\d+"><\/script>/)
    const bundle = await fetch(`${emulator.frameOrigin}/bundle.js`).then((r) => r.text())
    expect(bundle).toBe('window.fakeBundle = 1\n')
  })

  it("serves either of Looker's loaders: enhanced (doctype, no style of its own) or legacy (quirks mode)", async () => {
    const enhanced = await fetch(`${emulator.frameOrigin}/frame.html`).then((r) => r.text())
    expect(enhanced).not.toMatch(/<style|height/)
    const legacy = await startHostEmulator({
      port: 0,
      bundlePath,
      manifestText: manifest,
      extensionLoading: 'legacy',
    })
    try {
      const page = await fetch(`${legacy.frameOrigin}/frame.html`).then((r) => r.text())
      expect(page.startsWith('<html><head><base href="/">')).toBe(true)
      expect(page).not.toMatch(/<!DOCTYPE|<style/i)
      expect(page).toMatch(/<script src="\/bundle\.js\?v=\d+"><\/script>/)
    } finally {
      await legacy.close()
    }
  })

  it('refuses a method the manifest does not list, with Looker text', async () => {
    expect(await invoke(refusing, toDev)).toEqual({
      kind: 'refused',
      message: 'Extension not entitled to use api method update_session',
    })
  })

  it('calls Looker as the user picked with ?user=', async () => {
    const pick = await fetch(`${emulator.url}/?user=vic`, { redirect: 'manual' })
    expect(pick.status).toBe(302)
    const cookie = pick.headers.get('set-cookie')!.split(';')[0]!
    const asVic = await invoke(emulator, toDev, cookie)
    expect(asVic).toMatchObject({ kind: 'response', response: { ok: false } })
    const asAda = await invoke(emulator, toDev)
    expect(asAda).toMatchObject({ response: { ok: true, value: { workspace_id: 'dev' } } })
  })

  // Looker answers 414 to an address that is too long; the emulator too, with a page that says
  // so (not Node's empty 431 for a request line over its header limit).
  it.each([9_000, 20_000, 40_000])(
    'answers an address of %i characters with 414 and a page naming it',
    async (length) => {
      const route = `${EXTENSION}/query?fields=`
      const res = await fetch(`${emulator.url}${route}${'a'.repeat(length - route.length)}`)
      expect(res.status).toBe(414)
      expect(await res.text()).toContain(`This address is too long: ${length} characters`)
    }
  )

  it('opens an address of 8,000 characters', async () => {
    const route = `${EXTENSION}/query?fields=`
    const res = await fetch(`${emulator.url}${route}${'a'.repeat(8000 - route.length)}`)
    expect(res.status).toBe(200)
  })
})

describe('manifest', () => {
  it('reads the entitlements and maps them to sandbox tokens', () => {
    const app = parseManifest(manifest)
    expect(app.entitlements.core_api_methods).toEqual([
      'me',
      'session',
      'update_session',
      'user_roles',
    ])
    expect(app.entitlements.local_storage).toBe(false)
    expect(sandboxTokens(app.entitlements)).toEqual(['allow-scripts'])
    const generous = parseManifest(
      manifest.replace(
        'entitlements: {',
        'entitlements: {\n use_form_submit: yes\n new_window: yes\n use_downloads: yes'
      )
    )
    expect(sandboxTokens(generous.entitlements)).toEqual([
      'allow-scripts',
      'allow-forms',
      'allow-popups',
      'allow-popups-to-escape-sandbox',
      'allow-downloads',
    ])
    expect(
      parseManifest(withoutMethod(manifest, 'update_session')).entitlements.core_api_methods
    ).not.toContain('update_session')
  })
})

/** @jest-environment node */
import https from 'https'
import http2 from 'http2'
import { mkdtempSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { startHostEmulator, type HostEmulator } from './index'
import type { HostPageConfig } from './wire'

const manifest = `project_name: "workspace_switcher"
application: workspace_switcher {
  label: "Workspace Switcher"
  file: "bundle.js"
  entitlements: { core_api_methods: ["session"] }
}
`
const EXTENSION = '/extensions/workspace_switcher::workspace_switcher'

/** One request over HTTP/2 (ALPN h2), accepting the emulator's self-signed certificate. */
function h2(origin: string, method: string, path: string, body?: unknown) {
  return new Promise<{ status: number; text: string; protocol: string }>((resolve, reject) => {
    const session = http2.connect(origin, { rejectUnauthorized: false })
    session.on('error', reject)
    const req = session.request({
      ':method': method,
      ':path': path,
      ...(body ? { 'content-type': 'application/json' } : {}),
    })
    let status = 0
    let text = ''
    req.on('response', (headers) => (status = Number(headers[':status'])))
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
    req.on('end', () => {
      resolve({ status, text, protocol: session.alpnProtocol ?? '' })
      session.close()
    })
    req.on('error', reject)
    req.end(body ? JSON.stringify(body) : undefined)
  })
}

/** One HTTP/1.1 GET over TLS, as curl or an older tool would send it. */
function http1(url: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      })
      .on('error', reject)
  })
}

describe('host emulator over HTTPS with HTTP/2', () => {
  let emulator: HostEmulator
  const bundlePath = path.join(mkdtempSync(path.join(tmpdir(), 'host-h2-')), 'bundle.js')

  beforeAll(async () => {
    writeFileSync(bundlePath, 'window.fakeBundle = 1\n')
    emulator = await startHostEmulator({ port: 0, bundlePath, manifestText: manifest, http2: true })
  }, 30_000)
  afterAll(() => emulator.close())

  it('serves the host page over h2 and points it at the extension origin over https', async () => {
    expect(emulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    const page = await h2(emulator.url, 'GET', `${EXTENSION}/projects`)
    expect(page).toMatchObject({ status: 200, protocol: 'h2' })
    const json = /<script id="host-config" type="application\/json">(.*?)<\/script>/s.exec(
      page.text
    )
    const config = JSON.parse(json![1]!) as HostPageConfig
    expect(config.hostOrigin).toBe(emulator.url)
    expect(config.frameUrl).toBe(`${emulator.frameOrigin}/frame.html`)
    expect(config.route).toBe('/projects')

    const frame = await h2(emulator.frameOrigin, 'GET', '/bundle.js')
    expect(frame).toMatchObject({ status: 200, protocol: 'h2', text: 'window.fakeBundle = 1\n' })
  })

  it('answers API calls over h2, and refuses what the manifest does not list, as over HTTP/1.1', async () => {
    const session = await h2(emulator.url, 'POST', '/__host/invoke', {
      httpMethod: 'GET',
      path: '/session',
      params: null,
    })
    expect(session.status).toBe(200)
    expect(JSON.parse(session.text)).toMatchObject({
      kind: 'response',
      response: { ok: true, value: { workspace_id: 'production' } },
    })
    const refused = await h2(emulator.url, 'POST', '/__host/invoke', {
      httpMethod: 'GET',
      path: '/user',
      params: null,
    })
    expect(JSON.parse(refused.text)).toEqual({
      kind: 'refused',
      message: 'Extension not entitled to use api method me',
    })
  })

  it('still answers HTTP/1.1 clients', async () => {
    const page = await http1(`${emulator.url}/`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Looker (emulated)')
  })
})

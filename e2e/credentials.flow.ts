/**
 * The emulator's real-Looker mode keeps the API credentials on the server: against a stub Looker
 * on 127.0.0.1 that checks a client id and secret and issues its own access token, the extension
 * loads and reads the workspace through the host, and nothing the browser receives (any response
 * body or header, on either origin) and no message that reaches the extension frame holds the
 * secret or the token.
 */
import { randomBytes } from 'crypto'
import http from 'http'
import type { AddressInfo } from 'net'
import type { BrowserContext } from 'playwright-core'
import { startFakeLookerServer } from '../dev/fake-looker/server'
import { startHostEmulator } from '../dev/host'
import { workspaceBadge } from './app'
import { expectText } from './expect'
import type { Flow } from './flows'

declare global {
  interface Window {
    __framed?: string[]
  }
}

/**
 * A Looker that checks `POST /api/4.0/login` against one API key and answers every other API call
 * only with the token it issued, passing it on to the fake Looker as `user`. Counts both.
 */
async function stubLooker(clientId: string, clientSecret: string, token: string) {
  const fake = await startFakeLookerServer({ port: 0, seed: 'demo', sessionMode: 'ui' })
  const login = await fetch(`${fake.url}/__fake/login-as/ada`, { method: 'POST' })
  const fakeToken = ((await login.json()) as { access_token: string }).access_token
  const seen = { logins: 0, calls: 0 }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const json = (status: number, value: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
      if (req.method === 'POST' && req.url === '/api/4.0/login') {
        const form = new URLSearchParams(body.toString('utf8'))
        if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret)
          return json(404, { message: 'Not found' })
        seen.logins += 1
        return json(200, { access_token: token, token_type: 'Bearer', expires_in: 3600 })
      }
      if (req.headers.authorization !== `token ${token}`)
        return json(401, { message: 'Requires authentication.' })
      seen.calls += 1
      void fetch(`${fake.url}${req.url}`, {
        method: req.method,
        headers: {
          authorization: `token ${fakeToken}`,
          accept: 'application/json',
          ...(body.length ? { 'content-type': 'application/json' } : {}),
        },
        body: body.length ? body : undefined,
      }).then(async (answer) => {
        const type = answer.headers.get('content-type')
        res.writeHead(answer.status, type ? { 'content-type': type } : {})
        res.end(Buffer.from(await answer.arrayBuffer()))
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await fake.close()
    },
  }
}

/** In the extension frame: every message it receives (window and chatty's MessagePort), as text. */
const RECORD_FRAME_MESSAGES = `(() => {
  if (!location.pathname.endsWith('/frame.html')) return
  const framed = (window.__framed = [])
  const text = (data) => { try { return JSON.stringify(data) } catch { return String(data) } }
  window.addEventListener('message', (event) => framed.push(text(event.data)), true)
  const onmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')
  Object.defineProperty(MessagePort.prototype, 'onmessage', {
    configurable: true,
    get() { return onmessage.get.call(this) },
    set(handler) {
      onmessage.set.call(this, handler && ((event) => { framed.push(text(event.data)); return handler.call(this, event) }))
    },
  })
})()`

/** Every response the browser gets in `context`: URL, headers and body as text. */
function recordResponses(context: BrowserContext) {
  const served: Array<Promise<string>> = []
  context.on('response', (response) => {
    served.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders())
        const body = await response.text().catch(() => '')
        return `${response.url()}\n${headers}\n${body}`
      })()
    )
  })
  return () => Promise.all(served)
}

export const credentialsFlow: Flow = {
  name: 'real-looker-mode-keeps-credentials-on-the-server',
  async run({ page }) {
    const clientId = `id-${randomBytes(8).toString('hex')}`
    const secret = `secret-${randomBytes(16).toString('hex')}`
    const token = `token-${randomBytes(16).toString('hex')}`
    const looker = await stubLooker(clientId, secret, token)
    const emulator = await startHostEmulator({
      port: 0,
      looker: { baseUrl: looker.url, clientId, clientSecret: secret },
    })
    try {
      const context = page.context()
      await context.addInitScript(RECORD_FRAME_MESSAGES)
      const served = recordResponses(context)
      await page.goto(emulator.extensionUrl('/'))
      await expectText(workspaceBadge(page), 'Production')
      // A switch: an API call with a body, through the host, answered with the new workspace.
      await page.frameLocator('iframe').getByRole('switch', { name: 'Development Mode' }).click()
      await expectText(workspaceBadge(page), 'Development')

      const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!
      const framed = await frame.evaluate(() => window.__framed ?? [])
      const responses = await served()
      if (looker.seen.logins < 1 || looker.seen.calls < 3)
        throw new Error(`the stub Looker saw ${JSON.stringify(looker.seen)}: not in real mode`)
      if (!responses.some((r) => r.includes('/__host/invoke')) || framed.length < 3)
        throw new Error('no API answer or frame message was recorded: the check would see nothing')
      for (const [what, texts] of [
        ['a response to the browser', responses],
        ['a message to the extension frame', framed],
      ] as const) {
        for (const [name, value] of [
          ['client secret', secret],
          ['access token', token],
        ] as const) {
          const leak = texts.find((t) => t.includes(value))
          if (leak) throw new Error(`${what} holds the ${name}: ${leak.slice(0, 300)}`)
        }
      }
    } finally {
      await emulator.close()
      await looker.close()
    }
  },
}

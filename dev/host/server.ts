/**
 * The emulator's two HTTP origins: the Looker-like host (pages, the host script, the API proxy,
 * the event log) and the extension's own origin (frame page and bundle).
 */
import express, { type Request, type Response } from 'express'
import { parseManifest, sandboxTokens, type ManifestApplication } from './manifest'
import { invokeCoreSdk } from './invoke'
import { renderFramePage, renderHostPage, type ExtensionLoading } from './pages'
import { marketplaceRoutes } from './marketplace/routes'
import type { MarketplaceService } from './marketplace/service'
import type { Upstream } from './upstream'
import type { HostEvent, HostPageConfig, InvokeCoreSdkPayload } from './wire'

export const USER_COOKIE = 'looker_demo_user'

export interface HostAppOptions {
  upstream: Upstream
  /** The manifest's text; read on every request so edits apply without a restart. */
  manifest: () => string
  hostScript: string
  lookerVersion: string
  /** The frame origin's port; the frame URL uses the host's own hostname with it. */
  framePort: () => number
  events: HostEvent[]
  /** The scheme browsers use (default 'http'; 'https' behind the TLS front, dev/host/tlsFront.ts). */
  scheme?: 'http' | 'https'
  /** Marketplace > Manage > Install via Git URL (marketplace/). */
  marketplace?: MarketplaceService
}

function cookie(header: string | undefined, name: string): string | undefined {
  const pair = (header ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)
  return pair ? decodeURIComponent(pair[1] ?? '') : undefined
}

/** `parseManifest` of the last text seen: the file is read per request, parsed when it changed. */
function lastParsed() {
  let text: string | null = null
  let parsed: ManifestApplication | null = null
  return (current: string) => {
    if (current !== text) [text, parsed] = [current, parseManifest(current)]
    return parsed!
  }
}

/** The signed-in demo user from the Cookie header (the first demo user by default), or null. */
function userFrom(users: Upstream['users'], cookieHeader: string | undefined): string | null {
  if (!users) return null
  const chosen = cookie(cookieHeader, USER_COOKIE)
  return users.some((u) => u.id === chosen) ? chosen! : users[0]!.id
}

/** What the host answers to a request. */
export interface HostAnswer {
  status: number
  contentType: string
  body: string
}

/**
 * `POST /__host/invoke` (an `INVOKE_CORE_SDK` from the host page): the parsed JSON body and the
 * Cookie header in, the answer out. Shared by the express route and the TLS front's direct path.
 */
export function createInvokeHandler(opts: Pick<HostAppOptions, 'upstream' | 'manifest'>) {
  const manifestOf = lastParsed()
  return async (payload: unknown, cookieHeader: string | undefined): Promise<HostAnswer> => {
    const manifest = manifestOf(opts.manifest())
    try {
      const answer = await invokeCoreSdk(payload as InvokeCoreSdkPayload, {
        entitled: manifest.entitlements.core_api_methods,
        upstream: opts.upstream,
        user: userFrom(opts.upstream.users, cookieHeader),
      })
      return { status: 200, contentType: 'application/json', body: JSON.stringify(answer) }
    } catch (error) {
      // Looker unreachable (or the connection cut): the host fails the call, the SDK rejects.
      return { status: 502, contentType: 'text/plain', body: String(error) }
    }
  }
}

/**
 * The longest request target the emulator's Looker pages accept. Looker answers a longer address
 * with 414 Request-URI Too Large at a limit it does not document
 * (https://github.com/looker-open-source/sdk-codegen/issues/696); RFC 9110 section 4.1 asks every
 * recipient to take at least 8,000 octets, so this is the most any Looker can be counted on for
 * (docs/looker-api-behaviour.md, "Long addresses").
 */
export const MAX_REQUEST_TARGET = 8000

/** The emulator's host origin as an express app. */
export function createHostApp(opts: HostAppOptions) {
  const app = express()
  // Nothing here is cached (pages are no-store, answers come from POSTs): no ETag per answer.
  app.set('etag', false)

  // Looker refuses an address that is too long with 414, on a page of its own (not a blank one).
  app.use((req, res, next) => {
    if (req.originalUrl.length <= MAX_REQUEST_TARGET) return next()
    res
      .status(414)
      .type('html')
      .send(
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>414 Request-URI Too Large</title></head>` +
          `<body><h1>414 Request-URI Too Large</h1><p>This address is too long: ${req.originalUrl.length} characters, ` +
          `over the ${MAX_REQUEST_TARGET} this Looker accepts.</p></body></html>`
      )
  })
  const manifestOf = lastParsed()
  const invoke = createInvokeHandler(opts)
  const users = opts.upstream.users
  const userOf = (req: Request) => userFrom(users, req.headers.cookie)
  let contextData: string | undefined

  // `?user=vic` signs in as vic: keep it in a cookie and drop it from the URL (and the route).
  app.use((req, res, next) => {
    const wanted = typeof req.query.user === 'string' ? req.query.user : undefined
    if (!wanted || req.method !== 'GET' || !users?.some((u) => u.id === wanted)) return next()
    res.cookie(USER_COOKIE, wanted, { httpOnly: true, sameSite: 'lax', path: '/' })
    const url = new URL(req.originalUrl, 'http://host')
    url.searchParams.delete('user')
    res.redirect(302, url.pathname + url.search)
  })

  app.get('/__host/host.js', (_req, res) => {
    res.type('application/javascript').set('cache-control', 'no-store').send(opts.hostScript)
  })

  app.post('/__host/invoke', express.json({ limit: '10mb' }), async (req, res) => {
    const answer = await invoke(req.body, req.headers.cookie)
    res.status(answer.status).type(answer.contentType).send(answer.body)
  })

  app.get('/__host/workspace', async (req, res) => {
    const user = userOf(req)
    try {
      const answer = await opts.upstream.call(user, { method: 'GET', path: '/session', query: {} })
      const body = JSON.parse(answer.body.toString('utf8')) as { workspace_id?: string }
      res.json({ user, workspace: answer.status === 200 ? body.workspace_id : undefined })
    } catch (error) {
      res.json({ user, error: String(error) })
    }
  })

  app.get('/__host/events', (_req, res) => void res.json(opts.events))
  app.delete('/__host/events', (_req, res) => {
    opts.events.length = 0
    res.status(204).end()
  })
  app.post('/__host/events', express.json(), (req, res) => {
    opts.events.push(req.body as HostEvent)
    if (opts.events.length > 1000) opts.events.splice(0, opts.events.length - 1000)
    res.status(204).end()
  })

  app.get('/__host/context-data', (_req, res) => void res.json({ contextData }))
  app.put('/__host/context-data', express.json({ limit: '1mb' }), (req, res) => {
    contextData = (req.body as { contextData?: string }).contextData
    res.status(204).end()
  })

  const configFor = (req: Request, route: string | null): HostPageConfig => {
    const manifest = manifestOf(opts.manifest())
    const scheme = opts.scheme ?? req.protocol
    return {
      extensionId: manifest.extensionId,
      label: manifest.label,
      entitlements: manifest.entitlements,
      sandbox: sandboxTokens(manifest.entitlements),
      frameUrl: `${scheme}://${req.hostname}:${opts.framePort()}/frame.html`,
      lookerVersion: opts.lookerVersion,
      hostOrigin: `${scheme}://${req.get('host')}`,
      user: userOf(req),
      users: users ?? [],
      contextData,
      route,
    }
  }

  if (opts.marketplace) {
    marketplaceRoutes(app, opts.marketplace, (req, title, content) =>
      renderHostPage(configFor(req, null), '/__host/host.js', req.path, { title, content })
    )
  }

  // Every other GET is a Looker page; `/extensions/<id>/<route>` mounts the extension there.
  app.get(/.*/, (req: Request, res: Response) => {
    const manifest = manifestOf(opts.manifest())
    const prefix = `/extensions/${manifest.extensionId}`
    const path = req.path.replace(/%3A/gi, ':')
    const inExtension = path === prefix || path.startsWith(`${prefix}/`)
    const search = req.originalUrl.includes('?') ? `?${req.originalUrl.split('?')[1]}` : ''
    if (path.startsWith('/extensions/') && !inExtension) {
      res.status(404)
    }
    const config = configFor(
      req,
      inExtension ? `${path.slice(prefix.length) || '/'}${search}` : null
    )
    res.type('html').set('cache-control', 'no-store')
    res.send(renderHostPage(config, '/__host/host.js', req.path))
  })

  return app
}

/** Where the frame origin gets the bundle: the built file, or the bytes of an installed commit. */
export interface BundleSource {
  read(): Buffer
  /** The source map, when there is one. */
  map(): Buffer | null
  /** Changes whenever the bundle does (in the frame page's script URL: never a cached bundle). */
  version(): string
}

/** The extension's origin: the frame page and the unchanged bundle (and its source map). */
export function createFrameApp(
  bundle: BundleSource,
  label: () => string,
  loading: ExtensionLoading = 'enhanced'
) {
  const app = express()
  app.get('/frame.html', (_req, res) => {
    res.type('html').set('cache-control', 'no-store')
    res.send(renderFramePage(label(), `/bundle.js?v=${bundle.version()}`, loading))
  })
  app.get(['/bundle.js', '/bundle.js.map'], (req, res) => {
    const isMap = req.path.endsWith('.map')
    const body = isMap ? bundle.map() : bundle.read()
    if (!body) return void res.status(404).end()
    res.set('cache-control', 'no-store')
    res.type(isMap ? 'application/json' : 'application/javascript')
    res.send(body)
  })
  return app
}

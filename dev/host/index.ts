/**
 * The Looker host emulator: runs the built extension bundle the way Looker does (sandboxed iframe
 * on another origin, chatty, INITIALIZE, entitlements) over the fake Looker or a real one.
 */
import { existsSync, readFileSync, statSync } from 'fs'
import { createServer, type Server } from 'http'
import type { AddressInfo } from 'net'
import path from 'path'
import type { FakeLookerOptions } from '../fake-looker/types'
import { bundleHostClient } from './clientBundle'
import { startFakeLookerServer } from '../fake-looker/server'
import type { FakeLookerCore } from '../fake-looker'
import { parseManifest } from './manifest'
import type { ExtensionLoading } from './pages'
import type { InstalledApp } from './marketplace/listing'
import { createMarketplace, type MarketplaceService } from './marketplace/service'
import { createFrameApp, createHostApp, createInvokeHandler, type BundleSource } from './server'
import { startTlsFront, type DirectRoute, type TlsFront } from './tlsFront'
import { fakeLookerUpstream, inProcessUpstream, lookerUpstream, type Upstream } from './upstream'
import type { HostEvent } from './wire'

const ROOT = path.resolve(__dirname, '..', '..')

/** A real Looker: the emulator logs in server-side; the browser never sees the credentials. */
export interface LookerCredentials {
  baseUrl: string
  clientId: string
  clientSecret: string
}

export interface HostEmulatorOptions {
  /** Host origin port (default 8080; 0 picks a free one). */
  port?: number
  /** Extension origin port (default port + 1, or a free one when port is 0). */
  framePort?: number
  /** Options of the in-process fake Looker (default: demo seed, 'ui' sessions). */
  fakeLooker?: FakeLookerOptions
  /** Use an already running fake Looker server instead of starting one. */
  fakeLookerUrl?: string
  /** Use a real Looker instead of the fake. */
  looker?: LookerCredentials
  /** Default `<root>/dist/bundle.js`. */
  bundlePath?: string
  /** Default `<root>/manifest.lkml`. */
  manifestPath?: string
  /** The manifest's text, instead of reading manifestPath (tests of entitlements). */
  manifestText?: string
  /**
   * How the frame's page is served: `enhanced` (default: a `<!DOCTYPE html>` page, standards mode)
   * or `legacy` (no doctype, a `<base>` tag: quirks mode), as Looker's two extension loaders do.
   */
  extensionLoading?: ExtensionLoading
  /** `lookerVersion` sent in INITIALIZE (default '25.20.0'). */
  lookerVersion?: string
  /** Demo users offered by the user picker (default ada, vic, grace, lin). */
  users?: string[]
  /**
   * Serve both origins over HTTPS with HTTP/2 (a self-signed certificate made at start), as a
   * Looker behind an HTTP/2 load balancer: the browser then sends every API call at once instead
   * of at most 6 (its HTTP/1.1 connection limit per origin). Default: plain HTTP/1.1.
   */
  http2?: boolean
  /**
   * Install a commit as Looker's Marketplace does and serve that install, not the working tree's
   * manifest and bundle: `spec` is `<repository path or URL>[@<sha>]`, `values` the constants.
   */
  install?: { spec: string; values: Record<string, string>; listingId?: string }
}

export interface HostEmulator {
  /** The host origin, e.g. http://127.0.0.1:8080 */
  url: string
  /** The extension origin. */
  frameOrigin: string
  /** The fake Looker's URL, or null with a real Looker. */
  fakeLookerUrl: string | null
  /** The in-process fake (hooks: setUserWorkspace, addFault...), or null. */
  looker: FakeLookerCore | null
  /** The host's event log (also `GET /__host/events`). */
  events: HostEvent[]
  /** The URL that opens the extension at `route` (the installed one after an install). */
  extensionUrl(route?: string): string
  /** Marketplace > Install via Git URL (also the host's /marketplace/manage page). */
  marketplace: MarketplaceService
  close(): Promise<void>
}

const DEMO_USERS: Record<string, string> = {
  ada: 'Ada (developer)',
  vic: 'Vic (viewer)',
  grace: 'Grace (developer, no deploy)',
  lin: 'Lin (reads LookML, no develop)',
}

async function listen(app: ReturnType<typeof createHostApp>, port: number): Promise<Server> {
  // Node's 16 KiB header limit would answer a long address with an empty 431 before the app sees
  // it; the app answers 414 as Looker does (server.ts MAX_REQUEST_TARGET).
  const server = createServer({ maxHeaderSize: 64 * 1024 }, app).listen(port, '127.0.0.1')
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  return server
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })

/** Starts the emulator (and, unless told otherwise, a fake Looker in 'ui' session mode). */
export async function startHostEmulator(options: HostEmulatorOptions = {}): Promise<HostEmulator> {
  const manifestPath = options.manifestPath ?? path.join(ROOT, 'manifest.lkml')
  const bundlePath = options.bundlePath ?? path.join(ROOT, 'dist', 'bundle.js')
  // After a Marketplace install the host serves the install: its manifest and its commit's bundle.
  let installed: InstalledApp | null = null
  const manifest = () =>
    installed?.installedManifest ?? options.manifestText ?? readFileSync(manifestPath, 'utf8')
  const bundle: BundleSource = {
    read: () => installed?.bundle ?? readFileSync(bundlePath),
    map: () =>
      !installed && existsSync(`${bundlePath}.map`) ? readFileSync(`${bundlePath}.map`) : null,
    version: () => installed?.sha.slice(0, 12) ?? statSync(bundlePath).mtimeMs.toFixed(0),
  }
  parseManifest(manifest()) // fail now, not on the first page load
  if (!options.install) readFileSync(bundlePath) // same: no bundle, no extension

  const users = (options.users ?? Object.keys(DEMO_USERS)).map((id) => ({
    id,
    label: DEMO_USERS[id] ?? id,
  }))
  const fake =
    options.looker || options.fakeLookerUrl
      ? null
      : await startFakeLookerServer({
          port: 0,
          seed: 'demo',
          sessionMode: 'ui',
          ...options.fakeLooker,
        })
  // The emulator's own fake Looker answers in this process, as Looker's server answers its own
  // pages' API calls: no loopback HTTP hop per call (the fake's HTTP server stays up for its test
  // hooks and for other clients). Another fake Looker, or a real one, is called over HTTP.
  const upstream: Upstream = options.looker
    ? lookerUpstream(options.looker.baseUrl, options.looker.clientId, options.looker.clientSecret)
    : fake
      ? inProcessUpstream(fake.looker, {
          users,
          baseUrl: fake.url,
          likeHttp: true,
        })
      : fakeLookerUpstream(options.fakeLookerUrl!, users)

  const market = createMarketplace({
    connections: fake ? fake.looker.connections : null,
    createProject: fake?.looker.installMarketplaceProject,
  })
  const marketplace: MarketplaceService = {
    ...market,
    install: (spec, values, listingId) => (installed = market.install(spec, values, listingId)),
  }
  if (options.install) {
    try {
      const { spec, values, listingId } = options.install
      marketplace.install(spec, values, listingId)
    } catch (error) {
      await fake?.close()
      throw error
    }
  }

  const events: HostEvent[] = []
  let framePort = 0
  const label = () => parseManifest(manifest()).label
  const port = options.port ?? 8080
  const wantedFramePort = options.framePort ?? (port === 0 ? 0 : port + 1)
  const scheme = options.http2 ? 'https' : 'http'
  // With HTTP/2 the express apps listen on free loopback ports behind TLS fronts on the real ones.
  const fronts: TlsFront[] = []
  const publicPort = async (server: Server, wanted: number, direct?: DirectRoute) => {
    const own = (server.address() as AddressInfo).port
    if (!options.http2) return own
    const front = await startTlsFront(own, wanted, direct)
    fronts.push(front)
    return front.port
  }
  const frameServer = await listen(
    createFrameApp(bundle, label, options.extensionLoading),
    options.http2 ? 0 : wantedFramePort
  )
  framePort = await publicPort(frameServer, wantedFramePort)
  const hostServer = await listen(
    createHostApp({
      upstream,
      manifest,
      hostScript: await bundleHostClient(),
      lookerVersion: options.lookerVersion ?? '25.20.0',
      framePort: () => framePort,
      events,
      scheme,
      marketplace,
    }),
    options.http2 ? 0 : port
  )
  const invoke: DirectRoute = {
    method: 'POST',
    path: '/__host/invoke',
    handle: createInvokeHandler({ upstream, manifest }),
  }
  const url = `${scheme}://127.0.0.1:${await publicPort(hostServer, port, invoke)}`

  return {
    url,
    frameOrigin: `${scheme}://127.0.0.1:${framePort}`,
    fakeLookerUrl: options.fakeLookerUrl ?? fake?.url ?? null,
    looker: fake?.looker ?? null,
    events,
    extensionUrl: (route = '/') =>
      `${url}/extensions/${parseManifest(manifest()).extensionId}${route}`,
    marketplace,
    close: async () => {
      await Promise.all([...fronts.map((f) => f.close()), close(hostServer), close(frameServer)])
      await fake?.close()
    },
  }
}

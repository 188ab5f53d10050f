/**
 * The fake Looker over HTTP (express 5): `/api/4.0/*` and the extension host's internal prefix
 * `/api/internal/core/4.0/*` (docs/looker-api-behaviour.md "What is only likely"), plus loopback-only test hooks under `/__fake/`.
 */
import express, { type NextFunction, type Request, type Response } from 'express'
import type { Server } from 'http'
import type { AddressInfo } from 'net'
import { createFakeLooker, type FakeLookerCore } from './index'
import type { FakeLookerOptions, FakeResponse, FaultSpec, WorkspaceId } from './types'
import type { LookerBehaviour } from './profiles'

export interface FakeLookerServerOptions extends FakeLookerOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** Only loopback addresses are allowed (default 127.0.0.1). */
  host?: string
}

export interface FakeLookerServer {
  /** `http://127.0.0.1:PORT`: the `base_url` an SDK wants. */
  url: string
  /** `http://127.0.0.1:PORT/api/4.0` */
  apiUrl: string
  looker: FakeLookerCore
  close(): Promise<void>
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

function flatten(record: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(record)) {
    if (v === undefined) continue
    out[k] = Array.isArray(v) ? v.join(',') : String(v)
  }
  return out
}

function send(req: Request, res: Response, answer: FakeResponse): void {
  if (answer.dropped) {
    req.socket.destroy()
    return
  }
  for (const [k, v] of Object.entries(answer.headers ?? {})) res.setHeader(k, v)
  res.status(answer.status)
  if (answer.body === undefined) {
    res.end()
    return
  }
  res.type(answer.contentType)
  res.send(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body))
}

function apiRouter(looker: FakeLookerCore): express.Router {
  const router = express.Router()
  router.use(async (req, res, next) => {
    try {
      const answer = await looker.handle({
        method: req.method,
        path: req.path,
        query: flatten(req.query as Record<string, unknown>),
        body: req.body,
        headers: flatten(req.headers),
      })
      send(req, res, answer)
    } catch (e) {
      next(e)
    }
  })
  return router
}

function hooks(looker: FakeLookerCore): express.Router {
  const router = express.Router()
  router.use((req, res, next) => {
    if (LOOPBACK.has(req.socket.remoteAddress ?? '')) next()
    else res.status(403).json({ message: 'Test hooks are for loopback clients only' })
  })
  router.post('/login-as/:user', (req, res) => {
    res.json({ access_token: looker.loginAs(req.params.user!) })
  })
  router.post('/users/:user/workspace', (req, res) => {
    const ws = (req.body as { workspace_id?: string }).workspace_id
    if (ws !== 'dev' && ws !== 'production') {
      res.status(422).json({ message: 'workspace_id must be "dev" or "production"' })
      return
    }
    looker.setUserWorkspace(req.params.user!, ws as WorkspaceId)
    res.json({ workspace_id: req.body.workspace_id })
  })
  router.post('/users/:user/projects/:project/edit', (req, res) => {
    const body = req.body as { files?: string[]; variant_key?: string }
    looker.editFiles(
      req.params.user!,
      req.params.project!,
      body.files ?? ['model.lkml'],
      body.variant_key
    )
    res.status(204).end()
  })
  router.post('/faults', (req, res) => {
    looker.addFault(req.body as FaultSpec)
    res.status(204).end()
  })
  router.delete('/faults', (_req, res) => {
    looker.clearFaults()
    res.status(204).end()
  })
  /** Behaviour knobs from now on (profiles.ts), e.g. `{"transientExpired": "once"}`. */
  router.post('/behaviour', (req, res) => {
    looker.setBehaviour(req.body as Partial<LookerBehaviour>)
    res.status(204).end()
  })
  router.get('/log', (_req, res) => {
    res.json(looker.log)
  })
  return router
}

/** Starts the fake Looker on 127.0.0.1; `close()` stops it and saves its state. */
export async function startFakeLookerServer(
  options: FakeLookerServerOptions = {}
): Promise<FakeLookerServer> {
  const { port = 0, host = '127.0.0.1', ...lookerOptions } = options
  if (!LOOPBACK.has(host) && host !== 'localhost')
    throw new Error('The fake Looker binds to loopback only')
  const looker = await createFakeLooker(lookerOptions)
  const app = express()
  app.disable('x-powered-by')
  app.use(express.json({ type: ['application/json', 'application/*+json'] }))
  app.use(express.urlencoded({ extended: false }))
  app.use(express.text({ type: 'text/*' }))
  app.use('/__fake', hooks(looker))
  app.use('/api/4.0', apiRouter(looker))
  app.use('/api/internal/core/4.0', apiRouter(looker))
  app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    res.status(err.status ?? 500).json({ message: err.message, documentation_url: null })
  })
  const server: Server = app.listen(port, host)
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  const address = server.address() as AddressInfo
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`
  return {
    url,
    apiUrl: `${url}/api/4.0`,
    looker,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await looker.close()
    },
  }
}

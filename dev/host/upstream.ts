/**
 * The Looker the host calls on the signed-in user's behalf: the fake Looker (one token per demo
 * user, minted by its test hook) or a real Looker (an API3 login made here, so the credentials never
 * reach the browser).
 */
import http from 'node:http'
import https from 'node:https'

/** A call below `/api/4.0`, query already flattened. */
export interface UpstreamRequest {
  method: string
  /** Path with parameters already URL-encoded, e.g. `/projects/a%20b/git_branch`. */
  path: string
  query: Record<string, string>
  body?: unknown
}

export interface UpstreamResponse {
  status: number
  contentType: string
  body: Buffer
}

/** Where the host sends API calls. */
export interface Upstream {
  /** Base URL of the Looker (fake or real), without `/api/4.0`. */
  readonly baseUrl: string
  /** The demo users to offer in the user picker; null for a real Looker (one API user). */
  readonly users: Array<{ id: string; label: string }> | null
  call(user: string | null, request: UpstreamRequest): Promise<UpstreamResponse>
}

type Login = (user: string | null) => Promise<string>

// Looker answers 404 with an HTML page unless JSON is asked for (docs/looker-api-behaviour.md "Errors").
const ACCEPT = 'application/json, text/plain;q=0.9, */*;q=0.8'

// Kept-alive connections, as many at once as there are calls: a page's calls never queue here.
const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
}

/**
 * One HTTP request with node's own client (a third of `fetch`'s CPU per call, which counts when
 * the emulator shares the machine with the browser it serves). Rejects like `fetch` when the
 * connection fails.
 */
function httpCall(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string }
): Promise<UpstreamResponse> {
  const target = new URL(url)
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = client.request(
      target,
      { method: init.method, headers: init.headers, agent: agents[target.protocol as 'http:'] },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers['content-type'] ?? '',
            body: Buffer.concat(chunks),
          })
        )
      }
    )
    req.on('error', (error) =>
      reject(Object.assign(new TypeError('fetch failed'), { cause: error }))
    )
    req.end(init.body)
  })
}

/**
 * Calls `baseUrl/api/4.0` with a cached token per user; on 401 (expired token) logs in again and
 * retries once, as Looker's UI session would silently renew.
 */
export function tokenUpstream(baseUrl: string, login: Login, users: Upstream['users']): Upstream {
  const tokens = new Map<string, Promise<string>>()
  const tokenFor = (user: string | null, fresh = false): Promise<string> => {
    const key = user ?? ''
    if (fresh || !tokens.has(key)) {
      const pending = login(user)
      pending.catch(() => tokens.delete(key))
      tokens.set(key, pending)
    }
    return tokens.get(key)!
  }

  const send = async (token: string, request: UpstreamRequest): Promise<UpstreamResponse> => {
    const query = new URLSearchParams(request.query).toString()
    const url = `${baseUrl}/api/4.0${request.path}${query ? `?${query}` : ''}`
    const hasBody = request.body !== undefined && request.body !== null
    return httpCall(url, {
      method: request.method,
      headers: {
        authorization: `token ${token}`,
        accept: ACCEPT,
        ...(hasBody ? { 'content-type': 'application/json' } : {}),
      },
      body: hasBody ? JSON.stringify(request.body) : undefined,
    })
  }

  return {
    baseUrl,
    users,
    async call(user, request) {
      const first = await send(await tokenFor(user), request)
      if (first.status !== 401) return first
      return send(await tokenFor(user, true), request)
    },
  }
}

async function tokenFrom(res: Response, what: string): Promise<string> {
  const text = await res.text()
  if (!res.ok) throw new Error(`${what} failed: HTTP ${res.status} ${text.slice(0, 200)}`)
  const token = (JSON.parse(text) as { access_token?: unknown }).access_token
  if (typeof token !== 'string') throw new Error(`${what} returned no access_token`)
  return token
}

/** The fake Looker at `url`: each demo user signs in through its `/__fake/login-as` hook. */
export function fakeLookerUpstream(url: string, users: Upstream['users']): Upstream {
  return tokenUpstream(
    url,
    async (user) => {
      const res = await fetch(`${url}/__fake/login-as/${encodeURIComponent(user ?? '')}`, {
        method: 'POST',
      })
      return tokenFrom(res, `login as ${user}`)
    },
    users
  )
}

/** A real Looker: API3 credentials, one user (the credentials' owner). */
export function lookerUpstream(baseUrl: string, clientId: string, clientSecret: string): Upstream {
  const base = baseUrl.replace(/\/+$/, '')
  return tokenUpstream(
    base,
    async () => {
      const res = await fetch(`${base}/api/4.0/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret }).toString(),
      })
      return tokenFrom(res, 'Looker login')
    },
    null
  )
}

/** The part of the fake Looker an in-process upstream needs (no import of the fake here). */
export interface InProcessLooker {
  loginAs(userId: string): string
  handle(req: {
    method: string
    path: string
    query: Record<string, string>
    body?: unknown
    headers: Record<string, string>
  }): Promise<{ status: number; contentType: string; body: unknown; dropped?: boolean }>
}

/** Options of {@link inProcessUpstream}. */
export interface InProcessOptions {
  /** The demo users to offer (default: none, one user per test). */
  users?: Upstream['users']
  /** Reported as `baseUrl` (default 'in-process'). */
  baseUrl?: string
  /**
   * Carry each call exactly as the fake's HTTP server and node's client would (the emulator):
   * request bodies through JSON, `; charset=utf-8` on text answers (express's `res.send`), a
   * dropped connection as node's `fetch failed`. Default (the jest host): bodies as given, content
   * types as the fake names them, the browser's `Failed to fetch`.
   */
  likeHttp?: boolean
}

/** The Content-Type express's `res.send` puts on a string body (none without a body). */
function sentContentType(contentType: string, hasBody: boolean): string {
  if (!hasBody) return ''
  return /;\s*charset=/i.test(contentType) ? contentType : `${contentType}; charset=utf-8`
}

/**
 * The fake Looker in this process (the jest host, and the host emulator when it runs its own fake,
 * as Looker's own server answers its pages' API calls with no hop in between): the same requests
 * as over HTTP, without a socket. Bodies are serialised as the HTTP server would send them, so the
 * answer is shaped by the same `toAnswer` as over HTTP; a dropped connection fails as `fetch` does.
 */
export function inProcessUpstream(
  looker: InProcessLooker,
  { users = null, baseUrl = 'in-process', likeHttp = false }: InProcessOptions = {}
): Upstream {
  const tokens = new Map<string, string>()
  const send = async (token: string, request: UpstreamRequest): Promise<UpstreamResponse> => {
    const hasBody = request.body !== undefined && request.body !== null
    const json = hasBody && likeHttp
    const res = await looker.handle({
      method: request.method,
      path: request.path,
      query: request.query,
      body: json ? JSON.parse(JSON.stringify(request.body)) : (request.body ?? undefined),
      headers: {
        authorization: `token ${token}`,
        accept: likeHttp ? ACCEPT : 'application/json',
        ...(json ? { 'content-type': 'application/json' } : {}),
      },
    })
    if (res.dropped) throw new TypeError(likeHttp ? 'fetch failed' : 'Failed to fetch')
    const body =
      res.body === undefined
        ? Buffer.alloc(0)
        : Buffer.from(typeof res.body === 'string' ? res.body : JSON.stringify(res.body))
    const contentType = likeHttp
      ? sentContentType(res.contentType, res.body !== undefined)
      : res.contentType
    return { status: res.status, contentType, body }
  }
  const tokenFor = (user: string, fresh = false) => {
    if (fresh || !tokens.has(user)) tokens.set(user, looker.loginAs(user))
    return tokens.get(user)!
  }
  return {
    baseUrl,
    users,
    async call(user, request) {
      if (user === null) throw new Error('The in-process upstream needs a signed-in user')
      const first = await send(tokenFor(user), request)
      if (first.status !== 401) return first
      return send(tokenFor(user, true), request)
    },
  }
}

/**
 * HTTPS with HTTP/2 in front of one of the emulator's origins, as a TLS-terminating load balancer
 * stands in front of a Looker server. Chromium opens at most 6 HTTP/1.1 connections per origin and
 * never speaks HTTP/2 without TLS, so over plain HTTP the host page can never have more than 6 API
 * calls in flight (docs/extension-protocol.md section 1). Browsers negotiate HTTP/2 by ALPN and
 * send every call on one connection; HTTP/1.1 clients (curl, old tools) still work.
 */
import http from 'node:http'
import http2 from 'node:http2'
import type { AddressInfo, Socket } from 'node:net'
import { generate } from 'selfsigned'

export interface TlsCredentials {
  key: string
  cert: string
}

let credentials: Promise<TlsCredentials> | null = null

/**
 * A self-signed certificate for 127.0.0.1 and localhost, made once per process (browsers must be
 * told to accept it: `ignoreHTTPSErrors` in Playwright, a click-through warning for people).
 */
export function selfSignedCredentials(): Promise<TlsCredentials> {
  credentials ??= generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }))
  return credentials
}

/** Headers that belong to one connection (RFC 9113 section 8.2.2) or that the front sets itself. */
const CONNECTION_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'http2-settings',
  'te',
  'host',
])

function forwardable(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers))
    if (!name.startsWith(':') && !CONNECTION_HEADERS.has(name) && value !== undefined)
      out[name] = value
  return out
}

/**
 * A route the front answers itself, for the calls a page makes by the hundred (one loopback hop
 * less per API call): the parsed JSON body and the Cookie header in, the answer out.
 */
export interface DirectRoute {
  method: string
  path: string
  handle(
    body: unknown,
    cookie: string | undefined
  ): Promise<{ status: number; contentType: string; body: string }>
}

export interface TlsFront {
  port: number
  close(): Promise<void>
}

/**
 * Listens on `port` (0: a free one) on 127.0.0.1 with TLS, HTTP/2 and HTTP/1.1, and passes every
 * request to the HTTP server at 127.0.0.1:`targetPort` over kept-alive loopback connections (as
 * many at once as there are requests).
 */
export async function startTlsFront(
  targetPort: number,
  port: number,
  direct?: DirectRoute
): Promise<TlsFront> {
  const agent = new http.Agent({ keepAlive: true })
  const sockets = new Set<Socket>()
  const server = http2.createSecureServer(
    { ...(await selfSignedCredentials()), allowHTTP1: true },
    (req, res) => {
      if (direct && req.method === direct.method && req.url === direct.path) {
        const chunks: Buffer[] = []
        req.on('data', (chunk: Buffer) => chunks.push(chunk))
        req.on('end', () => {
          let body: unknown
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
          } catch {
            res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
            return void res.end('Bad JSON')
          }
          void direct.handle(body, req.headers.cookie).then((answer) => {
            res.writeHead(answer.status, {
              'content-type': `${answer.contentType}; charset=utf-8`,
              'content-length': Buffer.byteLength(answer.body),
            })
            res.end(answer.body)
          })
        })
        return
      }
      const headers = forwardable(req.headers)
      headers.host = req.headers[':authority'] ?? req.headers.host
      const upstream = http.request(
        { host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers, agent },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, forwardable(answer.headers))
          answer.pipe(res as NodeJS.WritableStream)
        }
      )
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502)
        res.end()
      })
      ;(req as NodeJS.ReadableStream).pipe(upstream)
    }
  )
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
        agent.destroy()
      }),
  }
}

/**
 * The host's half of `INVOKE_CORE_SDK` (docs/extension-protocol.md sections 3 to 5): name the call, refuse
 * it unless the manifest lists that method, otherwise make it upstream as the signed-in user and
 * shape the answer the way Looker's browser transport would.
 */
import { ResponseMode, responseMode } from '@looker/sdk-rtl'
import { matchOperation, notEntitledMessage } from './operations'
import type { Upstream, UpstreamResponse } from './upstream'
import type { InvokeAnswer, InvokeCoreSdkPayload } from './wire'

/**
 * Query parameters as the SDK's `encodeParams` would write them: `undefined` dropped, arrays
 * (DelimArrays arrive as plain arrays after structured clone) joined with ',', dates in ISO form,
 * other objects (and null) as JSON.
 */
export function flattenParams(params: Record<string, unknown> | null | undefined) {
  const query: Record<string, string> = {}
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined) continue
    if (Array.isArray(value)) query[key] = value.join(',')
    else if (value instanceof Date) query[key] = value.toISOString()
    else if (typeof value === 'object') query[key] = JSON.stringify(value)
    else query[key] = String(value)
  }
  return query
}

/**
 * Turns Looker's HTTP answer into what the SDK's `BrowserTransport` would resolve: it reads the
 * body as text unless `responseMode` calls the content type binary (so `application/sql`, Looker's
 * type for `result_format: sql`, is a string, as `text/*` is), then `parseResponse` parses JSON.
 */
export function toAnswer(res: UpstreamResponse): InvokeAnswer {
  const text = () => res.body.toString('utf8')
  if (res.status < 200 || res.status > 299) {
    let error: unknown
    try {
      error = JSON.parse(text())
    } catch {
      error = { message: `Request failed: ${text()}` }
    }
    return { kind: 'response', response: { ok: false, error } }
  }
  if (/application\/json/.test(res.contentType)) {
    const body = text()
    return { kind: 'response', response: { ok: true, value: body ? JSON.parse(body) : undefined } }
  }
  if (responseMode(res.contentType) !== ResponseMode.binary || !res.body.length) {
    return { kind: 'response', response: { ok: true, value: text() } }
  }
  return { kind: 'blob', base64: res.body.toString('base64'), contentType: res.contentType }
}

export interface InvokeContext {
  /** `core_api_methods` of the manifest. */
  entitled: readonly string[]
  upstream: Upstream
  user: string | null
}

/**
 * Answers one `INVOKE_CORE_SDK`. A method missing from the manifest is `refused` with Looker's text;
 * a route Looker does not know goes upstream unnamed and gets Looker's own 404.
 */
export async function invokeCoreSdk(
  payload: InvokeCoreSdkPayload,
  ctx: InvokeContext
): Promise<InvokeAnswer> {
  const match = matchOperation(payload.httpMethod, payload.path)
  if (match && !ctx.entitled.includes(match.operation.operationId)) {
    return { kind: 'refused', message: notEntitledMessage(match.operation.operationId) }
  }
  const [path, search] = payload.path.split('?') as [string, string | undefined]
  const res = await ctx.upstream.call(ctx.user, {
    method: payload.httpMethod.toUpperCase(),
    path,
    query: { ...Object.fromEntries(new URLSearchParams(search)), ...flattenParams(payload.params) },
    body: payload.body,
  })
  return toAnswer(res)
}

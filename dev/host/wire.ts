/**
 * What the host page (browser) and the emulator server say to each other. Shared by both sides,
 * so it imports nothing from Node.
 */
import type { Entitlements } from './manifest'

/** The `INVOKE_CORE_SDK` payload as the extension SDK sends it (docs/extension-protocol.md section 3). */
export interface InvokeCoreSdkPayload {
  httpMethod: string
  path: string
  params?: Record<string, unknown> | null
  body?: unknown
  authenticator?: unknown
  options?: unknown
  apiVersion?: string
}

/** The `SDKResponse` the extension receives. */
export type SdkResponse = { ok: true; value: unknown } | { ok: false; error: unknown }

/**
 * The server's answer to `POST /__host/invoke`. `refused` makes the chatty handler throw (host
 * level refusal); `response` is passed on; `blob` asks the page to rebuild a Blob from base64.
 */
export type InvokeAnswer =
  | { kind: 'refused'; message: string }
  | { kind: 'response'; response: SdkResponse }
  | { kind: 'blob'; base64: string; contentType: string }

/** One message the extension sent the host, as recorded for people and tests. */
export interface HostEvent {
  /** Request type (`ROUTE_CHANGED`, `ERROR_EVENT`, ...) or a host note (`INITIALIZED`). */
  type: string
  payload?: unknown
  /** Set when the host refused the request (missing entitlement, unsupported type). */
  refused?: string
  at: number
}

/** Everything the host page needs, embedded in it as JSON. */
export interface HostPageConfig {
  extensionId: string
  label: string
  entitlements: Entitlements
  sandbox: string[]
  /** The extension frame page, on the other origin. */
  frameUrl: string
  lookerVersion: string
  hostOrigin: string
  /** The signed-in demo user, or null for a real Looker (one API user). */
  user: string | null
  users: Array<{ id: string; label: string }>
  /** Shared context data (a JSON string), as Looker keeps it per extension. */
  contextData?: string
  /** Path of this page inside the extension, or null on a plain Looker page. */
  route: string | null
}

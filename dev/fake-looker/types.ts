/**
 * The contract of the fake Looker: an in-process core that answers Looker API 4.0 requests.
 * The HTTP server (`server.ts`), the jest fake host (`test/fakeHost.ts`) and the host emulator
 * (`dev/host/`) all drive this one core, so every test layer sees the same Looker.
 */

import type { Held, Interceptor } from './hooks'
import type { LookerBehaviour, LookerVersion } from './profiles'

/** One API request, as a host or an HTTP client makes it. */
export interface FakeRequest {
  /** 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' */
  method: string
  /** Path below `/api/4.0`, with path parameters URL-encoded, e.g. `/projects/proj%20a/git_branch`. */
  path: string
  /** Query parameters, already flattened to strings (arrays joined with ','). */
  query?: Record<string, string>
  /** Parsed JSON body, a form body as a record of strings (login), or undefined. */
  body?: unknown
  /** Lower-case header names: `authorization` ("token X" or "Bearer X"), `accept`, `content-type`. */
  headers?: Record<string, string>
}

/** One API response. `body` is an object/array for JSON, a string for text/sql/csv, undefined for 204. */
export interface FakeResponse {
  status: number
  contentType: string
  body: unknown
  headers?: Record<string, string>
  /** Set by a `drop` fault: the connection is cut with no response (HTTP: socket destroyed). */
  dropped?: boolean
}

export type WorkspaceId = 'production' | 'dev'

/**
 * How sessions work.
 * - `token`: like API clients: each login token has its own workspace, starting in production.
 * - `ui`: like an extension inside Looker: every token of a user shares that user's one
 *   UI session, so a switch from the extension is the user's Development Mode everywhere.
 */
export type SessionMode = 'token' | 'ui'

/** A fault injected for tests and benchmarks. Matches by operationId and/or path regex. */
export interface FaultSpec {
  /** SDK method name / operationId, e.g. 'update_session'. */
  operation?: string
  /** Regex source matched against `METHOD /path`, e.g. '^PATCH /session$'. */
  route?: string
  /** Only for this user id (e.g. 'ada'). */
  user?: string
  /** Probability 0..1 that a matching request is hit (default 1). */
  rate?: number
  /** Hit at most this many times, then the fault removes itself (default: unlimited). */
  times?: number
  /** Answer with this status and Looker's error body (message below, documentation_url built). */
  status?: number
  message?: string
  /** Or answer 200 with exactly this body (to simulate unexpected payloads). */
  body?: unknown
  /** With status 429: the Retry-After header value in seconds. */
  retryAfter?: number
  /** Delay before answering (slow responses). */
  delayMs?: number
  /** Cut the connection with no answer. */
  drop?: boolean
  /**
   * Looker carries the request out first, then the answer is lost: the fault's status (e.g. a
   * 502 from a proxy) or drop replaces Looker's own answer. A request Looker refuses is answered
   * as Looker refused it.
   */
  afterApplying?: boolean
}

export interface RequestLogEntry {
  at: number
  method: string
  path: string
  operation: string | null
  user: string | null
  status: number
  /** For query runs: the workspace whose models the query ran on. */
  queryWorkspace?: WorkspaceId
}

export interface FakeLookerOptions {
  /** 'demo' (default), 'large', 'huge' or 'huge:<projects>' (seeds/index.ts). */
  seed?: string
  sessionMode?: SessionMode
  /** Token lifetime in seconds (default 3600). */
  tokenTtlSeconds?: number
  /** Latency added to every call, in ms (default 0). */
  latencyMs?: number
  /** JSON file that keeps each user's dev workspace across restarts. */
  statePath?: string
  /** What update_session does for a user without `develop`: 'error' (403, default) or 'silent' (200, stays production). */
  devDenied?: 'error' | 'silent'
  /**
   * Answer 404s with Looker's HTML page unless the request's `accept` names application/json
   * (default true, as observed; docs/looker-api-behaviour.md "Errors"). False: always JSON.
   */
  html404?: boolean
  /** The Looker version whose documented answers to copy (profiles.ts; default '26'). */
  lookerVersion?: LookerVersion
  /** Single knobs over the version's profile (profiles.ts), e.g. `{ userRoles: 'refused' }`. */
  behaviour?: Partial<LookerBehaviour>
}

export interface FakeLooker {
  handle(req: FakeRequest): Promise<FakeResponse>
  /** A token for a user, as if they had signed in (host emulator, tests). */
  loginAs(userId: string): string
  /** Test hook: the user toggles Development Mode in another Looker tab (ui session mode). */
  setUserWorkspace(userId: string, workspace: WorkspaceId): void
  addFault(fault: FaultSpec): void
  clearFaults(): void
  /**
   * Test hooks per operation (SDK method name), see hooks.ts. `intercept` wraps Looker's answer
   * (`next()`); `hold` keeps requests waiting until `release()`; `fail` answers with Looker's error
   * body (`times` times, default always); `answer` replies 200 with `body`. The operation `'*'`
   * takes every request (routed or not), outside the operation's own hooks. `intercept` and
   * `answer` return a function that removes the hook.
   */
  intercept(operation: string, hook: Interceptor): () => void
  hold(operation: string): Held
  fail(operation: string, status: number, message?: string, times?: number): void
  answer(operation: string, body: unknown): () => void
  /** Test hook: changes single behaviour knobs from now on (profiles.ts). */
  setBehaviour(overrides: Partial<LookerBehaviour>): void
  readonly log: RequestLogEntry[]
  close(): Promise<void>
}

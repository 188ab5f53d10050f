/**
 * The request pipeline of the fake Looker: route like Looker (operations.json), add latency and
 * faults, authenticate, run the operation's handler, shape the answer, log it, save the state.
 */
import { setTimeout as sleep } from 'timers/promises'
import { writeFileSync } from 'fs'
import { matchOperation } from '../host/operations'
import { Sessions, TokenStore, type TokenRecord } from './auth'
import type { HandlerContext, HandlerResult, HandlerTable } from './context'
import { errorBody, FakeApiError } from './errors'
import { FaultSet } from './faults'
import { Hooks } from './hooks'
import type { FakeState, UserRecord } from './model'
import { findUser, permissionsOf } from './seeds'
import type { FakeRequest, FakeResponse, FaultSpec, RequestLogEntry, WorkspaceId } from './types'

export type ResolvedOptions = HandlerContext['options']

const NOT_FOUND = "The resource you're looking for could not be found"
const NOT_FOUND_HTML =
  '<!DOCTYPE html>\n<html><head><title>Looker Not Found (404)</title></head>' +
  '<body><h1>Not Found (404)</h1><p>The page you requested could not be found.</p></body></html>\n'

interface Routed {
  method: string
  path: string
  template: string
  operationId: string | null
  params: Record<string, string>
  query: Record<string, string>
  headers: Record<string, string>
  body: unknown
}

export class Core {
  readonly log: RequestLogEntry[] = []
  readonly faults = new FaultSet()
  /** Per-operation test hooks (hooks.ts) around Looker's answer. */
  readonly hooks = new Hooks()
  readonly tokens: TokenStore
  readonly sessions: Sessions

  constructor(
    readonly state: FakeState,
    readonly options: ResolvedOptions,
    private readonly handlers: HandlerTable
  ) {
    this.tokens = new TokenStore(options.tokenTtlSeconds)
    this.sessions = new Sessions(options.sessionMode, state.uiWorkspace, () => this.persist())
  }

  /** Adds handlers (e.g. the LookML/query engine's); later tables win. */
  register(table: HandlerTable): void {
    Object.assign(this.handlers, table)
  }

  addFault(fault: FaultSpec): void {
    this.faults.add(fault)
  }

  handle(req: FakeRequest): Promise<FakeResponse> {
    const r = route(req)
    return this.hooks.run(r.operationId, req, () => this.answer(r))
  }

  private async answer(r: Routed): Promise<FakeResponse> {
    const record = this.tokens.fromHeader(r.headers.authorization)
    const user = record ? (findUser(record.userKey) ?? null) : null
    const entry: RequestLogEntry = {
      at: Date.now(),
      method: r.method,
      path: r.path,
      operation: r.operationId,
      user: user?.key ?? null,
      status: 0,
    }
    if (this.options.latencyMs > 0) await sleep(this.options.latencyMs)
    const fault = this.faults.take(
      r.operationId,
      `${r.method} ${r.path}`,
      user ? [user.key, user.id] : []
    )
    let response: FakeResponse | null = null
    if (fault?.afterApplying) {
      response = await this.run(r, record, user, entry)
      if (response.status < 400) response = (await this.faultResponse(fault, r)) ?? response
    } else if (fault) response = await this.faultResponse(fault, r)
    if (!response) response = await this.run(r, record, user, entry)
    entry.status = response.status
    this.log.push(entry)
    return response
  }

  /** Saves the state to `statePath` (called after every successful write). */
  persist(): void {
    if (this.options.statePath) writeFileSync(this.options.statePath, JSON.stringify(this.state))
  }

  private async faultResponse(fault: FaultSpec, r: Routed): Promise<FakeResponse | null> {
    if (fault.delayMs) await sleep(fault.delayMs)
    if (fault.drop) return { status: 0, contentType: '', body: undefined, dropped: true }
    if (fault.status !== undefined) {
      const headers: Record<string, string> = {}
      if (fault.status === 429) headers['retry-after'] = String(fault.retryAfter ?? 1)
      const message = fault.message ?? defaultMessage(fault.status)
      return this.error(r, new FakeApiError(fault.status, message, undefined, headers))
    }
    if (fault.body !== undefined) {
      const contentType = typeof fault.body === 'string' ? 'text/plain' : 'application/json'
      return { status: 200, contentType, body: fault.body }
    }
    return null // a delay-only fault: answer normally
  }

  private async run(
    r: Routed,
    record: TokenRecord | null,
    user: UserRecord | null,
    entry: RequestLogEntry
  ): Promise<FakeResponse> {
    if (!r.operationId) return this.error(r, new FakeApiError(404, NOT_FOUND))
    try {
      if (r.operationId === 'login') return this.login(r, entry)
      if (!record || !user) throw new FakeApiError(401, 'Requires authentication.')
      if (r.operationId === 'logout') {
        this.tokens.revoke(record.token)
        return { status: 204, contentType: 'text/plain', body: undefined }
      }
      if (r.operationId !== 'project') {
        noDevCopyGuard(this.options.behaviour, r.params.project_id, this.sessions.get(record))
      }
      const handler = this.handlers[r.operationId]
      if (!handler)
        throw new FakeApiError(501, `The fake Looker does not implement ${r.operationId}`)
      const ctx: HandlerContext = {
        operationId: r.operationId,
        method: r.method,
        template: r.template,
        params: r.params,
        query: r.query,
        body: r.body,
        headers: r.headers,
        user,
        permissions: permissionsOf(user),
        workspace: this.sessions.get(record),
        setWorkspace: (ws: WorkspaceId) => this.sessions.set(record, ws),
        noteQueryWorkspace: (ws: WorkspaceId) => (entry.queryWorkspace = ws),
        state: this.state,
        options: this.options,
      }
      const result = await handler(ctx)
      if (r.method !== 'GET') this.persist()
      return shape(result, r.query.fields)
    } catch (e) {
      if (e instanceof FakeApiError) return this.error(r, e)
      const message = e instanceof Error ? e.message : String(e)
      return this.error(r, new FakeApiError(500, `Internal error in the fake Looker: ${message}`))
    }
  }

  private login(r: Routed, entry: RequestLogEntry): FakeResponse {
    const form = formFields(r.body)
    const clientId = form.client_id ?? r.query.client_id
    const secret = form.client_secret ?? r.query.client_secret
    const user = findUserByCredentials(clientId, secret)
    // Looker answers bad credentials with 404, not 401 (docs/looker-api-behaviour.md "Errors").
    if (!user) return this.error(r, new FakeApiError(404, NOT_FOUND))
    entry.user = user.key
    const token = this.tokens.issue(user.key)
    const body = {
      access_token: token.token,
      token_type: 'Bearer',
      expires_in: this.tokens.ttl,
      refresh_token: null,
    }
    return { status: 200, contentType: 'application/json', body }
  }

  private error(r: Routed, e: FakeApiError): FakeResponse {
    const headers = e.headers
    const wantsJson = (r.headers.accept ?? '').includes('application/json')
    if (e.status === 404 && this.options.html404 && !wantsJson) {
      return { status: 404, contentType: 'text/html', body: NOT_FOUND_HTML, headers }
    }
    const body = errorBody(e.status, r.method, r.template, e.message, e.errors)
    return { status: e.status, contentType: 'application/json', body, headers }
  }
}

/**
 * Until a user creates their developer copy of a project (Looker's IDE offers "Create Developer
 * Copy"), the project's reads in Development Mode (all but the `project` entity itself) answer 404 (docs/looker-api-behaviour.md
 * "Developer copy"). The `noDevCopy` knob names such projects.
 */
function noDevCopyGuard(
  behaviour: ResolvedOptions['behaviour'],
  projectId: string | undefined,
  workspace: WorkspaceId
): void {
  if (workspace === 'dev' && projectId !== undefined && behaviour.noDevCopy.includes(projectId)) {
    throw new FakeApiError(404, NOT_FOUND)
  }
}

function route(req: FakeRequest): Routed {
  const [path, search] = req.path.split('?') as [string, string | undefined]
  const method = req.method.toUpperCase()
  const query: Record<string, string> = {}
  new URLSearchParams(search ?? '').forEach((v, k) => (query[k] = v))
  Object.assign(query, req.query ?? {})
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v
  const match = matchOperation(method, path)
  return {
    method,
    path,
    template: match?.operation.template ?? path,
    operationId: match?.operation.operationId ?? null,
    params: match?.params ?? {},
    query,
    headers,
    body: req.body,
  }
}

function formFields(body: unknown): Record<string, string | undefined> {
  if (typeof body === 'string') return Object.fromEntries(new URLSearchParams(body))
  if (body instanceof URLSearchParams) return Object.fromEntries(body)
  if (body && typeof body === 'object') return body as Record<string, string>
  return {}
}

function findUserByCredentials(id?: string, secret?: string): UserRecord | null {
  const user = id ? findUser(id) : undefined
  return user && user.clientId === id && user.clientSecret === secret ? user : null
}

/** Default status/content type, and the `fields` parameter that trims JSON objects. */
function shape(result: HandlerResult, fields: string | undefined): FakeResponse {
  let body = result.body
  const status = result.status ?? (body === undefined ? 204 : 200)
  const contentType =
    result.contentType ??
    (typeof body === 'string' || body === undefined ? 'text/plain' : 'application/json')
  if (fields && contentType === 'application/json' && body && typeof body === 'object') {
    body = pickFields(body, parseFields(fields))
  }
  return { status, contentType, body, headers: result.headers }
}

/** A `fields` selection: each name kept whole (true) or with its own nested selection. */
type FieldTree = Map<string, FieldTree | true>

/** Parses Looker's `fields` syntax, nested selections included: `id,folder(id,name)`. */
export function parseFields(text: string): FieldTree {
  let at = 0
  const level = (): FieldTree => {
    const tree: FieldTree = new Map()
    let name = ''
    const close = () => {
      if (name.trim()) tree.set(name.trim(), true)
      name = ''
    }
    while (at < text.length) {
      const c = text[at++]!
      if (c === ',') close()
      else if (c === '(') {
        tree.set(name.trim(), level())
        name = ''
      } else if (c === ')') break
      else name += c
    }
    close()
    return tree
  }
  return level()
}

function pickFields(value: unknown, tree: FieldTree): unknown {
  if (Array.isArray(value)) return value.map((v) => pickFields(v, tree))
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    const sub = tree.get(k)
    if (sub === true) out[k] = v
    else if (sub) out[k] = pickFields(v, sub)
  }
  return out
}

function defaultMessage(status: number): string {
  if (status === 429) return 'Too Many Requests'
  if (status === 401) return 'Requires authentication.'
  if (status === 404) return NOT_FOUND
  if (status >= 500) return 'Internal Server Error'
  return 'Bad Request'
}

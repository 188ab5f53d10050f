/**
 * Access tokens and the sessions bound to them (S1, S2): each login makes a token that starts in
 * production. In 'ui' mode the workspace lives on the user instead, shared by all their tokens.
 */
import { randomBytes } from 'crypto'
import type { SessionMode, WorkspaceId } from './types'

export interface TokenRecord {
  token: string
  userKey: string
  /** The token's own workspace (session mode 'token'). */
  workspace: WorkspaceId
  expiresAt: number
}

export class TokenStore {
  private readonly tokens = new Map<string, TokenRecord>()

  constructor(
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now
  ) {}

  /** A new token for the user, in production (S1). */
  issue(userKey: string): TokenRecord {
    const record: TokenRecord = {
      token: randomBytes(20).toString('hex'),
      userKey,
      workspace: 'production',
      expiresAt: this.now() + this.ttlSeconds * 1000,
    }
    this.tokens.set(record.token, record)
    return record
  }

  /** The live token from an `Authorization: token X` / `Bearer X` header, or null. */
  fromHeader(header: string | undefined): TokenRecord | null {
    const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '')
    if (!match) return null
    const record = this.tokens.get(match[1]!)
    if (!record) return null
    if (record.expiresAt <= this.now()) {
      this.tokens.delete(record.token)
      return null
    }
    return record
  }

  revoke(token: string): void {
    this.tokens.delete(token)
  }

  get ttl(): number {
    return this.ttlSeconds
  }
}

/** Where a session's workspace is read and written, per session mode. */
export class Sessions {
  constructor(
    private readonly mode: SessionMode,
    private readonly uiWorkspace: Record<string, WorkspaceId>,
    private readonly onChange: () => void
  ) {}

  get(record: TokenRecord): WorkspaceId {
    if (this.mode === 'ui') return this.uiWorkspace[record.userKey] ?? 'production'
    return record.workspace
  }

  set(record: TokenRecord, workspace: WorkspaceId): void {
    if (this.mode === 'ui') this.setUser(record.userKey, workspace)
    else record.workspace = workspace
  }

  /** The user's sticky UI workspace (S7); in 'token' mode it does not affect API tokens. */
  setUser(userKey: string, workspace: WorkspaceId): void {
    this.uiWorkspace[userKey] = workspace
    this.onChange()
  }
}

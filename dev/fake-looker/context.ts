/** What an operation handler receives and returns; shared by the core and every handler module. */
import type { FakeState, UserRecord } from './model'
import type { LookerBehaviour } from './profiles'
import type { FakeLookerOptions, WorkspaceId } from './types'

export interface HandlerContext {
  operationId: string
  method: string
  /** The operation's path template, e.g. `/projects/{project_id}/git_branch`. */
  template: string
  /** Decoded path parameters. */
  params: Record<string, string>
  query: Record<string, string>
  body: unknown
  headers: Record<string, string>
  user: UserRecord
  permissions: Set<string>
  /** The workspace of the calling session (per token or per user, by session mode). */
  workspace: WorkspaceId
  setWorkspace(workspace: WorkspaceId): void
  /** Records, for the request log, which workspace's models a query ran on. */
  noteQueryWorkspace(workspace: WorkspaceId): void
  state: FakeState
  options: Required<Omit<FakeLookerOptions, 'statePath' | 'behaviour'>> & {
    statePath?: string
    /** The version profile with the test's knobs applied (mutable through `setBehaviour`). */
    behaviour: LookerBehaviour
  }
}

export interface HandlerResult {
  /** Default 200 (204 when body is undefined). */
  status?: number
  body?: unknown
  /** Default `application/json` for objects, `text/plain` for strings. */
  contentType?: string
  headers?: Record<string, string>
}

export type Handler = (ctx: HandlerContext) => HandlerResult | Promise<HandlerResult>

/** Handlers by operationId (SDK method name). */
export type HandlerTable = Record<string, Handler>

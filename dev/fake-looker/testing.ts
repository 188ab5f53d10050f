/**
 * Helpers for tests that drive the in-process fake: a tiny client that logs in and calls routes.
 * Used by the fake's own specs; handy for any node-side test.
 */
import type { FakeLooker, FakeResponse } from './types'

export interface FakeClient {
  token: string
  call(
    method: string,
    path: string,
    body?: unknown,
    query?: Record<string, string>
  ): Promise<FakeResponse>
  get(path: string): Promise<FakeResponse>
}

/** A client for `userId` on `looker` (tokens via `loginAs`), sending `Accept: application/json`. */
export function clientFor(
  looker: FakeLooker,
  userId: string,
  token = looker.loginAs(userId)
): FakeClient {
  const call = (method: string, path: string, body?: unknown, query?: Record<string, string>) =>
    looker.handle({
      method,
      path,
      body,
      query,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    })
  return { token, call, get: (path) => call('GET', path) }
}

/** Switches the client's session to `workspace` and checks it worked. */
export async function enter(client: FakeClient, workspace: 'dev' | 'production'): Promise<void> {
  const res = await client.call('PATCH', '/session', { workspace_id: workspace })
  if (res.status !== 200) throw new Error(`update_session failed: ${JSON.stringify(res.body)}`)
}

/**
 * A fake extension host for jest: what Looker's host page does for INVOKE_CORE_SDK, minus chatty.
 * `LookerExtensionSDK.createClient(host)` over it gives the app a real Looker40SDK whose calls
 * reach the fake Looker as the signed-in user, with Looker's entitlement check on the way.
 */
import fs from 'fs'
import path from 'path'
import { LookerExtensionSDK } from '@looker/extension-sdk'
import type { ExtensionHostApi } from '@looker/extension-sdk'
import type { FakeLooker } from '../dev/fake-looker/types'
import { flattenParams } from '../dev/host/invoke'
import { entitledMethods, matchOperation, notEntitledMessage } from '../dev/host/operations'

export const MANIFEST_PATH = path.resolve(__dirname, '..', 'manifest.lkml')

export interface FakeHostOptions {
  looker: FakeLooker
  /** The signed-in Looker user, e.g. 'ada' or 'vic'. */
  user: string
  /** manifest.lkml text; the repository's manifest by default. */
  manifest?: string
}

export function createFakeHost({ looker, user, manifest }: FakeHostOptions) {
  const entitled = new Set(entitledMethods(manifest ?? fs.readFileSync(MANIFEST_PATH, 'utf8')))
  const token = looker.loginAs(user)
  const calls: string[] = []

  async function invokeCoreSdk(
    httpMethod: string,
    apiPath: string,
    params?: unknown,
    body?: unknown
  ) {
    const match = matchOperation(httpMethod, apiPath)
    const name = match?.operation.operationId ?? `${httpMethod} ${apiPath}`
    calls.push(name)
    // Real Looker's host throws; chatty hands the extension "Error: <message>" (docs/extension-protocol.md section 4).
    if (!entitled.has(name)) throw new Error(`Error: ${notEntitledMessage(name)}`)
    const res = await looker.handle({
      method: httpMethod,
      path: apiPath,
      query: flattenParams(params as Record<string, unknown> | null),
      body: body ?? undefined,
      headers: { authorization: `token ${token}`, accept: 'application/json' },
    })
    if (res.dropped) throw new Error('Error: TypeError: Failed to fetch')
    if (res.status >= 200 && res.status < 300) return { ok: true, value: res.body }
    return { ok: false, error: res.body }
  }

  const host = { invokeCoreSdk } as unknown as ExtensionHostApi
  return {
    host,
    /** The real SDK the extension would get from ExtensionProvider40. */
    sdk: LookerExtensionSDK.createClient(host),
    /** SDK method names the app called, in order. */
    calls,
  }
}

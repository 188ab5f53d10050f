/**
 * The extension host for jest: the emulator's own request handling (`dev/host/invoke.ts`: naming
 * the call, the entitlement check, parameter flattening, shaping the answer) over an in-process
 * upstream to the fake Looker, minus the iframe and chatty. `LookerExtensionSDK.createClient(host)`
 * over it gives the app a real Looker40SDK whose calls reach the fake Looker as the signed-in user.
 */
import fs from 'fs'
import path from 'path'
import { LookerExtensionSDK } from '@looker/extension-sdk'
import type { ExtensionHostApi } from '@looker/extension-sdk'
import type { FakeLooker } from '../dev/fake-looker/types'
import { invokeCoreSdk } from '../dev/host/invoke'
import { entitledMethods, matchOperation } from '../dev/host/operations'
import { inProcessUpstream } from '../dev/host/upstream'

export const MANIFEST_PATH = path.resolve(__dirname, '..', 'manifest.lkml')

export interface FakeHostOptions {
  looker: FakeLooker
  /** The signed-in Looker user, e.g. 'ada' or 'vic'. */
  user: string
  /** manifest.lkml text; the repository's manifest by default. */
  manifest?: string
  /**
   * The host's message timeout: a call Looker has not answered by then rejects with chatty's
   * `Error('Timeout')` while Looker goes on with it (docs/extension-protocol.md section 4). None by
   * default; tests that hold a write past it set a short one.
   */
  messageTimeoutMs?: number
}

export function createFakeHost({ looker, user, manifest, messageTimeoutMs }: FakeHostOptions) {
  const entitled = entitledMethods(manifest ?? fs.readFileSync(MANIFEST_PATH, 'utf8'))
  const upstream = inProcessUpstream(looker)
  const calls: string[] = []

  async function invoke(
    httpMethod: string,
    apiPath: string,
    params?: Record<string, unknown> | null,
    body?: unknown
  ) {
    calls.push(
      matchOperation(httpMethod, apiPath)?.operation.operationId ?? `${httpMethod} ${apiPath}`
    )
    // Inside Looker a refusal or a failed request rejects through chatty, which hands the
    // extension "Error: <message>" (docs/extension-protocol.md section 4).
    let answer
    try {
      answer = await invokeCoreSdk(
        { httpMethod, path: apiPath, params, body },
        { entitled, upstream, user }
      )
    } catch (e) {
      throw new Error(`Error: ${String(e)}`)
    }
    if (answer.kind === 'refused') throw new Error(`Error: ${answer.message}`)
    if (answer.kind === 'blob')
      return {
        ok: true,
        value: new Blob([Buffer.from(answer.base64, 'base64')], { type: answer.contentType }),
      }
    return answer.response
  }

  /** Like chatty's client: the answer, or `Error('Timeout')` once the message timeout passes. */
  function withTimeout(...args: Parameters<typeof invoke>) {
    const answer = invoke(...args)
    if (messageTimeoutMs === undefined) return answer
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Timeout')), messageTimeoutMs)
      answer.then(resolve, reject).finally(() => clearTimeout(timer))
    })
  }

  const host = { invokeCoreSdk: withTimeout } as unknown as ExtensionHostApi
  return {
    host,
    /** The real SDK the extension would get from ExtensionProvider40. */
    sdk: LookerExtensionSDK.createClient(host),
    /** SDK method names the app called, in order. */
    calls,
  }
}

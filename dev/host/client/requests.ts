/**
 * Answers the extension's `EXTENSION_API_REQUEST`s (docs/extension-protocol.md section 2): the ones that
 * need a reply, and the fire-and-forget ones, which are recorded. Anything else is refused loudly.
 */
import type { HostPageConfig, InvokeAnswer, InvokeCoreSdkPayload } from '../wire'
import { record } from './events'
import { navigate } from './navigation'

export interface ExtensionRequest {
  type: string
  payload?: any // eslint-disable-line @typescript-eslint/no-explicit-any -- shape depends on type
}

/** Called after every core API call that may have changed the session's workspace. */
export type OnApiCall = (path: string, httpMethod: string) => void

function base64ToBlob(base64: string, type: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  return new Blob([bytes], { type })
}

/** Sends an `INVOKE_CORE_SDK` to the emulator's server, which answers it (dev/host/invoke.ts). */
async function invokeOnServer(payload: InvokeCoreSdkPayload): Promise<unknown> {
  // Functions and the like cannot go to the server; the SDK's options are plain data anyway.
  const res = await fetch('/__host/invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...payload, authenticator: undefined }),
  })
  if (!res.ok) throw new Error(`Host emulator: ${res.status} ${await res.text()}`)
  const answer = (await res.json()) as InvokeAnswer
  if (answer.kind === 'refused') throw new Error(answer.message)
  if (answer.kind === 'blob')
    return { ok: true, value: base64ToBlob(answer.base64, answer.contentType) }
  return answer.response
}

function storageKey(config: HostPageConfig, name: string): string {
  return `looker-extension:${config.extensionId}:${name}`
}

function requireEntitlement(allowed: boolean, type: string, what: string): void {
  if (allowed) return
  const message = `Extension not entitled to use ${what}`
  record(type, undefined, message)
  throw new Error(message)
}

interface LocalStoragePayload {
  type: 'get' | 'set' | 'remove'
  name: string
  value?: string
}

interface ContextDataPayload {
  type: 'save' | 'refresh'
  contextData?: string
}

async function localStorageRequest(
  config: HostPageConfig,
  payload: LocalStoragePayload
): Promise<unknown> {
  requireEntitlement(config.entitlements.local_storage, 'LOCAL_STORAGE', 'local storage')
  const key = storageKey(config, String(payload.name))
  if (payload.type === 'get') return window.localStorage.getItem(key)
  if (payload.type === 'set') window.localStorage.setItem(key, String(payload.value))
  else if (payload.type === 'remove') window.localStorage.removeItem(key)
  else throw new Error(`Unknown LOCAL_STORAGE request ${String(payload.type)}`)
  return true
}

async function contextDataRequest(payload: ContextDataPayload): Promise<unknown> {
  if (payload.type === 'save') {
    await fetch('/__host/context-data', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ contextData: payload.contextData }),
    })
    return true
  }
  if (payload.type === 'refresh') {
    const res = await fetch('/__host/context-data')
    return ((await res.json()) as { contextData?: string }).contextData
  }
  throw new Error(`Unknown CONTEXT_DATA request ${String(payload.type)}`)
}

/**
 * The one `EXTENSION_API_REQUEST` handler. Async, so a refusal becomes a chatty ResponseError
 * (the extension sees `Error: <message>`) instead of a throw that would leave it waiting.
 */
export function createRequestHandler(config: HostPageConfig, onApiCall: OnApiCall) {
  return async (request: ExtensionRequest): Promise<unknown> => {
    const { type, payload } = request
    switch (type) {
      case 'VERIFY_HOST':
        return true
      case 'INVOKE_CORE_SDK': {
        const result = await invokeOnServer(payload as InvokeCoreSdkPayload)
        onApiCall(payload.path, payload.httpMethod)
        return result
      }
      case 'LOCAL_STORAGE':
        return localStorageRequest(config, payload as LocalStoragePayload)
      case 'CONTEXT_DATA':
        return contextDataRequest(payload as ContextDataPayload)
      case 'CLIPBOARD':
        requireEntitlement(config.entitlements.use_clipboard, type, 'the clipboard')
        record(type, payload)
        await navigator.clipboard?.writeText(String(payload?.value)).catch(() => undefined)
        return undefined
      case 'ROUTE_CHANGED':
        record(type, payload)
        // replaceState: a reload or a shared link then opens the extension on the same route.
        window.history.replaceState(
          null,
          '',
          `/extensions/${config.extensionId}${String(payload?.route ?? '/')}`
        )
        return undefined
      case 'UPDATE_TITLE':
        record(type, payload)
        document.title = String(payload?.title ?? config.label)
        return undefined
      case 'UPDATE_LOCATION':
        navigate(config, payload)
        return undefined
      case 'CLOSE_HOST_POPOVERS':
        record(type, payload)
        window.dispatchEvent(new CustomEvent('host:close-popovers'))
        return undefined
      case 'ERROR_EVENT':
      case 'TRACK_ACTION':
      case 'EXTENSION_UNLOADED':
        record(type, payload)
        return undefined
      default: {
        const message = `Host emulator does not implement ${type}`
        record(type, payload, message)
        throw new Error(message)
      }
    }
  }
}

/**
 * Mounts the extension like Looker does: a sandboxed iframe on another origin, the chatty
 * handshake, INITIALIZE as the first notification, then one request handler (docs/extension-protocol.md sections 1, 2).
 */
import { Chatty } from '@looker/chatty'
import type { HostPageConfig } from '../wire'
import { record } from './events'
import { createRequestHandler, type ExtensionRequest, type OnApiCall } from './requests'

/** `LookerHostData` for INITIALIZE. */
function hostData(config: HostPageConfig) {
  return {
    extensionId: config.extensionId,
    lookerVersion: config.lookerVersion,
    route: config.route ?? '/',
    routeState: undefined,
    hostUrl: config.hostOrigin,
    hostOrigin: config.hostOrigin,
    hostType: 'standard',
    mountPoint: 'standalone',
    extensionDashboardTileEnabled: false,
    contextData: config.contextData,
  }
}

/**
 * Creates the iframe in `el`, connects, initializes; resolves once INITIALIZE is answered. When the
 * extension unloads itself (EXTENSION_UNLOADED: it reloaded or navigated), the host starts it
 * again in a new frame at the current route, as the SDK expects; a reloading frame would otherwise
 * send a second chatty Syn that the host rejects.
 */
export async function mountExtension(
  config: HostPageConfig,
  el: HTMLElement,
  onApiCall: OnApiCall
): Promise<void> {
  let remounting = false
  const handle = createRequestHandler(config, onApiCall)
  const builder = Chatty.createHost(config.frameUrl)
    .appendTo(el)
    .on('EXTENSION_API_REQUEST', async (request: ExtensionRequest) => {
      const result = await handle(request)
      if (request.type === 'EXTENSION_UNLOADED' && !remounting) {
        remounting = true
        window.setTimeout(() => {
          host.iframe.remove()
          const route = window.location.pathname.slice(`/extensions/${config.extensionId}`.length)
          void mountExtension(
            { ...config, route: `${route || '/'}${window.location.search}` },
            el,
            onApiCall
          )
        }, 0)
      }
      return result
    })
  config.sandbox.forEach((token) => builder.withSandboxAttribute(token))
  const host = builder.build()
  host.iframe.title = config.label
  const connection = await host.connect()
  const reply: unknown = await connection.sendAndReceive('EXTENSION_NOTIFICATION', {
    type: 'INITIALIZE',
    payload: hostData(config),
  })
  // The SDK answers `[{extensionSdkVersion, errorMessage?}]`; errorMessage: requiredLookerVersion unmet.
  const errorMessage = (reply as Array<{ errorMessage?: string }> | undefined)?.[0]?.errorMessage
  record('INITIALIZED', reply, errorMessage)
}

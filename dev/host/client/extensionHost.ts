/**
 * Mounts the extension like Looker does: a sandboxed iframe on another origin, the chatty
 * handshake, INITIALIZE as the first notification, then one request handler (PROTOCOL.md 1.3, 7).
 */
import { Chatty } from '@looker/chatty'
import type { HostPageConfig } from '../wire'
import { record } from './events'
import { createRequestHandler, type OnApiCall } from './requests'

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

/** Creates the iframe in `el`, connects, initializes; resolves once INITIALIZE is answered. */
export async function mountExtension(
  config: HostPageConfig,
  el: HTMLElement,
  onApiCall: OnApiCall
): Promise<void> {
  const builder = Chatty.createHost(config.frameUrl)
    .appendTo(el)
    .on('EXTENSION_API_REQUEST', createRequestHandler(config, onApiCall))
  config.sandbox.forEach((token) => builder.withSandboxAttribute(token))
  const host = builder.build()
  host.iframe.title = config.label
  const connection = await host.connect()
  const reply: unknown = await connection.sendAndReceive('EXTENSION_NOTIFICATION', {
    type: 'INITIALIZE',
    payload: hostData(config),
  })
  record('INITIALIZED', reply)
}

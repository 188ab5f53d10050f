/**
 * `UPDATE_LOCATION` (extensionSDK.updateLocation / openBrowserWindow): checked against the
 * `navigation`, `new_window` and `new_window_external_urls` entitlements, recorded, then done.
 */
import type { HostPageConfig } from '../wire'
import { record } from './events'

function externalAllowed(config: HostPageConfig, url: URL): boolean {
  return config.entitlements.new_window_external_urls.some((allowed) => {
    const pattern = allowed.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')
    return new RegExp(`^${pattern}`).test(url.href)
  })
}

/** Why the host refuses this navigation, or null when the manifest allows it. */
export function navigationRefusal(config: HostPageConfig, rawUrl: string, target?: string) {
  const url = new URL(rawUrl, window.location.origin)
  const external = url.origin !== window.location.origin
  if (target) {
    if (external) return externalAllowed(config, url) ? null : 'new_window_external_urls'
    return config.entitlements.new_window ? null : 'new_window'
  }
  if (external) return 'navigation (only Looker pages)'
  return config.entitlements.navigation ? null : 'navigation'
}

/** Payload `{url, state, target}` (openBrowserWindow also sends a key named "undefined"). */
export function navigate(
  config: HostPageConfig,
  payload: { url?: string; state?: unknown; target?: string } | undefined
): void {
  const url = String(payload?.url ?? '')
  const target: string | undefined = payload?.target || undefined
  const missing = navigationRefusal(config, url, target)
  if (missing) {
    record('UPDATE_LOCATION', payload, `Extension not entitled to use ${missing}`)
    return
  }
  record('UPDATE_LOCATION', payload)
  if (target) window.open(url, target, 'noopener')
  else window.location.assign(url)
}

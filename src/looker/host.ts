/**
 * What the app asks of the Looker host besides the API, behind one small interface so features
 * never touch the extension SDK. Each method names the extension SDK call and the manifest
 * entitlement it needs (test/manifest.spec.ts checks the entitlements against these calls).
 */
import type { ExtensionSDK } from '@looker/extension-sdk'

export interface HostAdapter {
  /**
   * `<project>::<application>` from Looker's host data: the storage below belongs to it, so a
   * Marketplace install (`marketplace_<listing>::...`) does not see a manual install's data.
   */
  extensionId: string | null
  /** The extension's own storage (`localStorageGetItem`; `local_storage: yes`). */
  getItem(key: string): Promise<string | null>
  /** `localStorageSetItem`; `local_storage: yes`. */
  setItem(key: string, value: string): Promise<void>
  /** Opens a Looker page such as `/explore/model/explore?fields=…` (`updateLocation`; `navigation: yes`). */
  navigate(path: string): void
  /**
   * Opens a page outside Looker (Looker's documentation) in a new tab. The sandboxed frame cannot
   * open windows itself (`openBrowserWindow`; `new_window_external_urls`).
   */
  openWindow(url: string): void
  /** Reports a crash to Looker as an extension error event (`error` -> ERROR_EVENT). */
  reportError(error: Error): void
}

export function createExtensionHost(extensionSDK: ExtensionSDK): HostAdapter {
  return {
    extensionId: extensionSDK.lookerHostData?.extensionId ?? null,
    getItem: (key) => extensionSDK.localStorageGetItem(key),
    setItem: async (key, value) => {
      await extensionSDK.localStorageSetItem(key, value)
    },
    navigate: (path) => extensionSDK.updateLocation(path),
    openWindow: (url) => extensionSDK.openBrowserWindow(url, '_blank'),
    reportError: (error) =>
      extensionSDK.error(new ErrorEvent('error', { message: error.message, error })),
  }
}

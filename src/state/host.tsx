import React, { createContext, ReactNode, useContext } from 'react'
import type { ExtensionSDK } from '@looker/extension-sdk'

/**
 * What the app asks of the Looker host besides the API: the extension's own local storage (the
 * sandboxed iframe cannot use window.localStorage) and navigating Looker itself.
 */
export interface HostAdapter {
  getItem(key: string): Promise<string | null>
  setItem(key: string, value: string): Promise<void>
  /** Opens a Looker page (e.g. `/explore/model/explore?fields=…`) in the host. */
  navigate(path: string): void
}

/**
 * The real host: `local_storage: yes` for the storage calls and `navigation: yes` for
 * updateLocation (manifest.lkml).
 */
export function extensionHost(extensionSDK: ExtensionSDK): HostAdapter {
  return {
    getItem: (key) => extensionSDK.localStorageGetItem(key),
    setItem: async (key, value) => {
      await extensionSDK.localStorageSetItem(key, value)
    },
    navigate: (path) => extensionSDK.updateLocation(path),
  }
}

/** An in-memory host for tests and for rendering the shell outside Looker. */
export function memoryHost(): HostAdapter & { items: Map<string, string>; visited: string[] } {
  const items = new Map<string, string>()
  const visited: string[] = []
  return {
    items,
    visited,
    getItem: async (key) => items.get(key) ?? null,
    setItem: async (key, value) => {
      items.set(key, value)
    },
    navigate: (path) => {
      visited.push(path)
    },
  }
}

const HostContext = createContext<HostAdapter | null>(null)

export function HostProvider({ host, children }: { host: HostAdapter; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>
}

export function useHost(): HostAdapter {
  const host = useContext(HostContext)
  if (!host) throw new Error('useHost must be used inside <HostProvider>')
  return host
}

import type { HostAdapter } from '../src/looker'

export interface MemoryHost extends HostAdapter {
  items: Map<string, string>
  visited: string[]
  opened: string[]
  errors: Error[]
}

/**
 * An in-memory host for tests: storage in a Map, navigations, opened windows and errors recorded.
 * `extensionId` is the install's (`marketplace_<listing>::workspace_switcher` for a Marketplace one).
 */
export function memoryHost(extensionId = 'workspace_switcher::workspace_switcher'): MemoryHost {
  const items = new Map<string, string>()
  const visited: string[] = []
  const opened: string[] = []
  const errors: Error[] = []
  return {
    extensionId,
    items,
    visited,
    opened,
    errors,
    getItem: async (key) => items.get(key) ?? null,
    setItem: async (key, value) => {
      items.set(key, value)
    },
    navigate: (path) => {
      visited.push(path)
    },
    openWindow: (url) => {
      opened.push(url)
    },
    reportError: (error) => {
      errors.push(error)
    },
  }
}

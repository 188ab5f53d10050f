/**
 * Saved test queries, per LookML project, in the extension's local storage (through the host:
 * the sandboxed iframe has no window.localStorage). One JSON list per project.
 */
import { Mutex } from 'async-mutex'
import type { QuerySpec, HostAdapter } from '../../../looker'
import { savedQueriesKey } from '../../../state/storageKeys'

export interface SavedQuery {
  name: string
  spec: QuerySpec
}

const keyFor = savedQueriesKey

// Saves and deletes read, change and write the whole list: one at a time, or one would be lost.
const writes = new Mutex()

function isSpec(v: unknown): v is QuerySpec {
  const s = v as QuerySpec
  return (
    !!s &&
    typeof s.model === 'string' &&
    typeof s.explore === 'string' &&
    Array.isArray(s.fields) &&
    Array.isArray(s.sorts) &&
    typeof s.filters === 'object' &&
    typeof s.limit === 'number'
  )
}

/** The project's saved queries; entries that are not readable are skipped, not fatal. */
export async function loadSaved(host: HostAdapter, project: string): Promise<SavedQuery[]> {
  const text = await host.getItem(keyFor(project))
  if (!text) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return []
  }
  if (!Array.isArray(parsed)) return []
  return parsed.filter((q): q is SavedQuery => !!q && typeof q.name === 'string' && isSpec(q.spec))
}

/** Saves `query`, replacing one of the same name (the UI asks first). */
export function saveQuery(host: HostAdapter, project: string, query: SavedQuery): Promise<void> {
  return writes.runExclusive(async () => {
    const list = (await loadSaved(host, project)).filter((q) => q.name !== query.name)
    list.push(query)
    list.sort((a, b) => a.name.localeCompare(b.name))
    await host.setItem(keyFor(project), JSON.stringify(list))
  })
}

/** Deletes the saved query called `name`. */
export function deleteSaved(host: HostAdapter, project: string, name: string): Promise<void> {
  return writes.runExclusive(async () => {
    const list = (await loadSaved(host, project)).filter((q) => q.name !== name)
    await host.setItem(keyFor(project), JSON.stringify(list))
  })
}

/**
 * Saved test queries, per LookML project, in the extension's local storage (through the host:
 * the sandboxed iframe has no window.localStorage). One JSON list per project.
 */
import { Mutex } from 'async-mutex'
import type { QuerySpec, HostAdapter } from '../../../looker'
import { savedQueriesKey } from '../../../state/storageKeys'

export interface NamedQuery {
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

/**
 * What the project's storage holds: the queries this version can use, and the entries it cannot
 * read (another version's shape, or text that is not a list at all), kept as they were so that a
 * save or a delete never drops them.
 */
export interface SavedEntries {
  list: NamedQuery[]
  /** Each unreadable entry's name where it has one, or null. */
  unusable: Array<string | null>
  /** The unreadable entries as stored, written back on every change. */
  kept: unknown[]
}

const isUsable = (q: unknown): q is NamedQuery =>
  !!q && typeof (q as NamedQuery).name === 'string' && isSpec((q as NamedQuery).spec)

/** The project's saved queries, and what this version cannot read (kept, never fatal). */
export async function readSaved(host: HostAdapter, project: string): Promise<SavedEntries> {
  const text = await host.getItem(keyFor(project))
  if (!text) return { list: [], unusable: [], kept: [] }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = text
  }
  // Not a list: the whole text is one entry kept as it was (a string inside the list).
  const entries = Array.isArray(parsed) ? parsed : [text]
  const kept = entries.filter((q) => !isUsable(q))
  const unusable = kept.map((q) => {
    const name = (q as { name?: unknown } | null)?.name
    return typeof name === 'string' ? name : null
  })
  return { list: entries.filter(isUsable), unusable, kept }
}

/** The project's saved queries this version can use. */
export async function loadSaved(host: HostAdapter, project: string): Promise<NamedQuery[]> {
  return (await readSaved(host, project)).list
}

/** Saves `query`, replacing one of the same name (the UI asks first). */
export function saveQuery(host: HostAdapter, project: string, query: NamedQuery): Promise<void> {
  return writes.runExclusive(async () => {
    const { list, kept } = await readSaved(host, project)
    const next = list.filter((q) => q.name !== query.name)
    next.push(query)
    next.sort((a, b) => a.name.localeCompare(b.name))
    await host.setItem(keyFor(project), JSON.stringify([...next, ...kept]))
  })
}

/** Deletes the saved query called `name`; what this version cannot read stays. */
export function deleteSaved(host: HostAdapter, project: string, name: string): Promise<void> {
  return writes.runExclusive(async () => {
    const { list, kept } = await readSaved(host, project)
    const next = list.filter((q) => q.name !== name)
    await host.setItem(keyFor(project), JSON.stringify([...next, ...kept]))
  })
}

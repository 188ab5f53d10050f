/**
 * The keys of the extension's local storage that hold a person's work, in one place: the stores
 * that write them and the Saved data page that exports and imports them agree on them here.
 */

/** A project's saved test queries: one JSON list. */
export const savedQueriesKey = (projectId: string) => `saved-queries:${projectId}`

/** The checks whose last result the Ship page keeps (state/checks.ts). */
export const SHIP_CHECKS = ['validation', 'sql-impact', 'content', 'git-connection', 'data-tests']

/** The last result of one Ship check of a project. */
export const shipCheckKey = (projectId: string, check: string) => `ship:${projectId}:${check}`

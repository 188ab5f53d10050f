import type { Project } from '../../looker'

/**
 * A Marketplace install creates the read-only project `marketplace_<listing id>` (this app, API
 * Explorer, ...): updated by the Marketplace, never developed, so it has no git state to act on.
 */
export const isInstalledApp = (project: Project): boolean => project.id.startsWith('marketplace_')

/** The projects whose git state the table reads and counts. */
export const hasGitState = (project: Project): boolean =>
  project.usesGit && !isInstalledApp(project)

/** Filtering, sorting and the summary of the projects table: pure, so they are easy to trust. */
import type { GitStateKind, Project } from '../../looker'
import { plural } from '../../shared/format'
import { hasGitState, isInstalledApp } from './installedApps'
import { STATE_ORDER } from './labels'
import type { ProjectStates } from './useProjectStates'

export type SortKey = 'name' | 'state'

/** A project's state kind, or null while it loads or after its read failed (installed apps: noGit). */
export function stateKind(project: Project, states: ProjectStates): GitStateKind | null {
  if (!hasGitState(project)) return 'noGit'
  const s = states[project.id]
  return s?.status === 'success' ? s.value.git.kind : null
}

export const byName = (a: Project, b: Project) => a.name.localeCompare(b.name)

/** Projects whose name contains `filter` (any case), in their order. */
export function filterByName(projects: Project[], filter: string): Project[] {
  const needle = filter.trim().toLowerCase()
  return needle ? projects.filter((p) => p.name.toLowerCase().includes(needle)) : projects
}

/** Most urgent state first, then by name; loading or failed rows last (their state is not known). */
export function sortByState(projects: Project[], states: ProjectStates): Project[] {
  const rank = new Map<Project, number>()
  for (const p of projects) {
    const kind = stateKind(p, states)
    rank.set(p, kind === null ? STATE_ORDER.length : STATE_ORDER.indexOf(kind))
  }
  return [...projects].sort((a, b) => rank.get(a)! - rank.get(b)! || byName(a, b))
}

/** Projects whose name contains `filter` (any case), sorted by name or by state (most urgent first). */
export function visibleProjects(
  projects: Project[],
  states: ProjectStates,
  filter: string,
  sort: SortKey
): Project[] {
  const named = filterByName([...projects].sort(byName), filter)
  return sort === 'name' ? named : sortByState(named, states)
}

export interface Summary {
  /** Projects, installed apps not included. */
  total: number
  installedApps: number
  uncommitted: number
  behind: number
  conflict: number
  pending: number
  failed: number
}

/** Counts for the summary line; "behind" includes diverged projects (they are behind too). */
export function summarizeProjects(projects: Project[], states: ProjectStates): Summary {
  const summary: Summary = {
    total: 0,
    installedApps: 0,
    uncommitted: 0,
    behind: 0,
    conflict: 0,
    pending: 0,
    failed: 0,
  }
  for (const p of projects) {
    summary[isInstalledApp(p) ? 'installedApps' : 'total'] += 1
    const s = hasGitState(p) ? states[p.id] : null
    if (s && s.status !== 'success') summary[s.status === 'error' ? 'failed' : 'pending'] += 1
    if (s === undefined) summary.pending += 1
    const kind = stateKind(p, states)
    if (kind === 'uncommitted') summary.uncommitted += 1
    if (kind === 'behind' || kind === 'diverged') summary.behind += 1
    if (kind === 'conflict') summary.conflict += 1
  }
  return summary
}

/**
 * The summary in words, e.g. "5 projects and 1 installed app: 1 with uncommitted changes, 1 behind,
 * 0 in conflict" (installed apps are never counted as behind or uncommitted).
 */
export function summaryText(s: Summary): string {
  const parts = [
    `${s.uncommitted} with uncommitted changes`,
    `${s.behind} behind`,
    `${s.conflict} in conflict`,
  ]
  const tail = [
    s.pending ? `${s.pending} still loading` : '',
    s.failed ? `${s.failed} could not be read` : '',
  ].filter(Boolean)
  const apps = s.installedApps ? ` and ${plural(s.installedApps, 'installed app')}` : ''
  return `${plural(s.total, 'project')}${apps}: ${parts.join(', ')}${tail.length ? ` (${tail.join(', ')})` : ''}`
}

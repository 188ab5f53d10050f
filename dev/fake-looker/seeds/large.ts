/** The `large` seed: 200 projects with 10 branches each (2,000 in all), for benchmarks. */
import type { FakeState, ProjectRecord } from '../model'
import { grow, newProject, pushPersonal, SEED_EPOCH } from './builder'

export const LARGE_PROJECTS = 200
export const LARGE_BRANCHES_PER_PROJECT = 10
/** Ages in days of the feature branches left behind (by branch number); the others are recent. */
const OLD_LARGE_DAYS: Record<number, number> = { 6: 200, 7: 400 }
/** The project (by number) whose repository is locked for development. */
export const LOCKED_LARGE_PROJECT = 7

/** Builds the large state. Every commit carries the `generic@prod` LookML variant. */
export function largeSeed(): FakeState {
  const projects: Record<string, ProjectRecord> = {}
  for (let p = 1; p <= LARGE_PROJECTS; p++) {
    const id = `project_${String(p).padStart(3, '0')}`
    const project = newProject(id, 3, { variant: 'generic@prod' })
    const main = project.remote.main!
    pushPersonal(project, 'ada', main)
    pushPersonal(project, 'grace', main)
    // main + 2 personal branches + 7 feature branches = 10: five from the last days, two left
    // for months (200 and 400 days: docs/git-health.md "Old branches in the seeds").
    for (let b = 1; b <= LARGE_BRANCHES_PER_PROJECT - 3; b++) {
      project.remote[`feature/${id}-${b}`] = grow(
        project,
        main,
        (b % 3) + 1,
        `f${b}`,
        'generic@prod',
        OLD_LARGE_DAYS[b] ?? b
      )
    }
    // One repository locked for development (is_git_dev_locked), as the git health page shows it.
    if (p === LOCKED_LARGE_PROJECT) project.gitDevLocked = true
    projects[id] = project
  }
  return { seed: 'large', projects, clones: {}, uiWorkspace: {}, clock: SEED_EPOCH }
}

/**
 * The `health:<n>` seed, for the git health benchmark: n projects (1,000 by default) with 20
 * branches each (production, ada's and grace's personal branches, 17 shared ones), their last
 * commits spread over two years so that an age filter keeps some and drops others.
 */
import type { FakeState, ProjectRecord } from '../model'
import { grow, newProject, pushPersonal, SEED_EPOCH } from './builder'

export const HEALTH_PROJECTS = 1000
export const HEALTH_BRANCHES_PER_PROJECT = 20

/** Builds the state: `health_0001` ... in order, every commit on the `generic@prod` variant. */
export function healthSeed(n = HEALTH_PROJECTS): FakeState {
  const projects: Record<string, ProjectRecord> = {}
  for (let p = 1; p <= n; p++) {
    const id = `health_${String(p).padStart(4, '0')}`
    const project = newProject(id, 2, { variant: 'generic@prod' })
    const main = project.remote.main!
    pushPersonal(project, 'ada', main)
    pushPersonal(project, 'grace', main)
    for (let b = 1; b <= HEALTH_BRANCHES_PER_PROJECT - 3; b++) {
      const daysAgo = ((p * 37 + b * 53) % 730) + 1
      project.remote[`feature/${id}-${b}`] = grow(
        project,
        main,
        1,
        `f${b}`,
        'generic@prod',
        daysAgo
      )
    }
    projects[id] = project
  }
  return { seed: `health:${n}`, projects, clones: {}, uiWorkspace: {}, clock: SEED_EPOCH }
}

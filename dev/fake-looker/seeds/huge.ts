/**
 * The `huge` seed, for the benchmark at real scale: 1,000 projects (`huge:<n>` gives the first n),
 * one of them, `monorepo`, with 10,000 branches. Large Looker instances have hundreds of LookML
 * projects; Looker lists every branch of a project in one `all_git_branches` answer
 * (https://cloud.google.com/looker/docs/reference/looker-api/latest/methods/Project/all_git_branches).
 */
import { addCommit, type FakeState, type ProjectRecord } from '../model'
import { grow, newProject, pushPersonal, SEED_EPOCH } from './builder'

export const HUGE_PROJECTS = 1000
export const HUGE_BRANCHES = 10000
/** The project with HUGE_BRANCHES branches (always among the projects, first by name). */
export const HUGE_BRANCH_PROJECT = 'monorepo'

/** Every 25th project has no git, like the bare projects Looker allows. */
function hugeProject(p: number): ProjectRecord {
  const id = `huge_${String(p).padStart(4, '0')}`
  const usesGit = p % 25 !== 0
  const project = newProject(id, 2, {
    variant: 'generic@prod',
    usesGit,
    pullRequestMode: (['off', 'links', 'recommended', 'required'] as const)[p % 4],
    validationRequired: p % 3 === 0,
  })
  if (!usesGit) return project
  const main = project.remote.main!
  pushPersonal(project, 'ada', p % 5 === 0 ? grow(project, main, 1, 'ada', 'generic@prod') : main)
  project.remote[`feature/${id}`] = grow(project, main, (p % 3) + 1, 'feature', 'generic@prod')
  return project
}

function branchProject(): ProjectRecord {
  const project = newProject(HUGE_BRANCH_PROJECT, 3, { variant: 'generic@prod' })
  const main = project.remote.main!
  pushPersonal(project, 'ada', main)
  for (let b = 1; b <= HUGE_BRANCHES - 2; b++) {
    const at = SEED_EPOCH - (b % 90) * 86400
    const team = ['sales', 'finance', 'ops', 'marketing', 'product'][b % 5]
    const name = `feature/${team}-${String(b).padStart(5, '0')}`
    project.remote[name] = addCommit(project, main, at, 'generic@prod', `${name} work`)
  }
  return project
}

/** Builds the huge state with `count` projects (default 1,000; at least 1). */
export function hugeSeed(count = HUGE_PROJECTS): FakeState {
  const projects: Record<string, ProjectRecord> = { [HUGE_BRANCH_PROJECT]: branchProject() }
  for (let p = 1; p < Math.max(1, count); p++)
    projects[`huge_${String(p).padStart(4, '0')}`] = hugeProject(p)
  const seed = count === HUGE_PROJECTS ? 'huge' : `huge:${count}`
  return { seed, projects, clones: {}, uiWorkspace: {}, clock: SEED_EPOCH }
}

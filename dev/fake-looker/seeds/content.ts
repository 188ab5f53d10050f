/**
 * The `content` seed, for the content check's benchmark: one project, `warehouse`, whose 50
 * models (`warehouse_01` ... `warehouse_50`) carry `content:<n>` dashboards of 10 tiles each
 * (default 200: 2,000 tiles; see lookml/dashboards.ts). Ada is on a personal branch at main.
 */
import type { FakeState } from '../model'
import { cloneAt, newProject, pushPersonal, SEED_EPOCH } from './builder'

export const CONTENT_PROJECT = 'warehouse'

export function contentSeed(name = 'content'): FakeState {
  const project = newProject(CONTENT_PROJECT, 2, { variant: 'warehouse@prod' })
  const personal = pushPersonal(project, 'ada', project.remote.main!)
  return {
    seed: name,
    projects: { [CONTENT_PROJECT]: project },
    clones: { ada: { [CONTENT_PROJECT]: cloneAt(project, personal) } },
    uiWorkspace: {},
    clock: SEED_EPOCH,
  }
}

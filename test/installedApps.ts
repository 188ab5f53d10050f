/** Specs' view of what a Marketplace install leaves in Looker: the read-only `marketplace_*` project. */
import type { FakeLookerCore } from '../dev/fake-looker'
import { newProject } from '../dev/fake-looker/seeds/builder'

/** Adds the project a Marketplace install of `listing` creates, with a short history. */
export function addInstalledApp(looker: FakeLookerCore, listing: string): string {
  const id = `marketplace_${listing}`
  looker.state.projects[id] = newProject(id, 3)
  return id
}

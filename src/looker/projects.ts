import type { ILooker40SDK } from '@looker/sdk'

/** Projects and git (issue #4). Each method names its SDK method and route. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ProjectsApi {}

export function createProjectsApi(_sdk: ILooker40SDK): ProjectsApi {
  return {}
}

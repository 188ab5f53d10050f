import type { IGitBranch, ILooker40SDK } from '@looker/sdk'
import { ApiError, toApiError } from './ApiError'
import { call, read } from './call'
import { listOf, objectOf } from './shape'
import { toBranch, toImportedProject, toProject, toProjectState } from './projectMappers'
import type { Branch, Project, ProjectBranches, ProjectImports, ProjectState } from './projectTypes'

/** Projects and git. Each method names its SDK method and route. */
export interface ProjectsApi {
  /** Every project the user can see; [] for a user Looker refuses them (403). `all_projects` -> GET /projects */
  listProjects(): Promise<Project[]>
  /** One project. `project` -> GET /projects/{project_id} */
  getProject(projectId: string): Promise<Project>
  /**
   * The project in the session's workspace: checked-out branch (with ahead/behind) and git status.
   * `project_workspace` -> GET /projects/{project_id}/current_workspace; when its answer names no
   * branch, `git_branch` -> GET /projects/{project_id}/git_branch (404: no git, no branch).
   */
  getProjectState(projectId: string): Promise<ProjectState>
  /**
   * Every branch plus the project state, read together so `isCurrent` matches the state.
   * `all_git_branches` -> GET /projects/{project_id}/git_branches, and `project_workspace`
   */
  getBranches(projectId: string): Promise<ProjectBranches>
  /**
   * The manifest's imports and the dependency status of the session's workspace, read together.
   * `manifest` -> GET /projects/{project_id}/manifest, and `project_workspace`
   */
  getImports(projectId: string): Promise<ProjectImports>
  /**
   * Checks out `name` (dev only). Looker's answer is not trusted (a hard reset answers the branch
   * as it was before): callers re-read. `update_git_branch` -> PUT /projects/{project_id}/git_branch
   */
  switchBranch(projectId: string, name: string): Promise<void>
  /**
   * Creates `name` from `ref` (or the current HEAD) and checks it out (dev only).
   * `create_git_branch` -> POST /projects/{project_id}/git_branch
   */
  createBranch(projectId: string, name: string, ref?: string): Promise<Branch>
  /** Deletes a branch locally and on the remote. `delete_git_branch` -> DELETE /projects/{project_id}/git_branch/{branch_name} */
  deleteBranch(projectId: string, name: string): Promise<void>
  /**
   * Resets the current dev branch to its remote, dropping local commits and uncommitted changes.
   * `reset_project_to_remote` -> POST /projects/{project_id}/reset_to_remote
   */
  resetToRemote(projectId: string): Promise<void>
  /**
   * Resets the current dev branch to production's revision, dropping unpushed work.
   * `reset_project_to_production` -> POST /projects/{project_id}/reset_to_production
   */
  resetToProduction(projectId: string): Promise<void>
}

export function createProjectsApi(sdk: ILooker40SDK): ProjectsApi {
  /**
   * The checked-out branch when `project_workspace` names none: `git_branch`, the recorded way to
   * read it. A project without git has none; Looker answers 404 (clients read that as no branch).
   */
  const currentBranch = async (projectId: string): Promise<IGitBranch | null> => {
    try {
      return objectOf(await sdk.ok(sdk.git_branch(projectId)), 'git_branch', 'a git branch')
    } catch (e) {
      const err = toApiError(e)
      if (err.status === 404) return null
      throw err
    }
  }

  const getProjectState = (projectId: string) =>
    read(async () => {
      const pw = objectOf(
        await sdk.ok(sdk.project_workspace(projectId)),
        'project_workspace',
        'a project workspace'
      )
      if (pw.git_branch?.name) return toProjectState(projectId, pw)
      return toProjectState(projectId, {
        ...pw,
        git_branch: (await currentBranch(projectId)) ?? undefined,
      })
    })

  return {
    listProjects: async () => {
      try {
        return await read(async () =>
          listOf(await sdk.ok(sdk.all_projects()), 'all_projects', 'a list of projects').map(
            toProject
          )
        )
      } catch (e) {
        // API 4.0 documents 403 for users who may not see LookML: none visible, not a failure.
        if (e instanceof ApiError && e.status === 403) return []
        throw e
      }
    },

    getProject: (projectId) => read(async () => toProject(await sdk.ok(sdk.project(projectId)))),

    getProjectState,

    getBranches: (projectId) =>
      call(async () => {
        const [raw, state] = await Promise.all([
          read(() => sdk.ok(sdk.all_git_branches(projectId))),
          getProjectState(projectId),
        ])
        const current = state.branch?.name ?? null
        const list = listOf(raw, 'all_git_branches', 'a list of branches')
        return { state, branches: list.map((b) => toBranch(b, current)) }
      }),

    getImports: (projectId) =>
      read(async () => {
        const [manifest, workspace] = await Promise.all([
          sdk.ok(sdk.manifest(projectId)),
          sdk.ok(sdk.project_workspace(projectId)),
        ])
        objectOf(manifest, 'manifest', 'a manifest')
        return {
          imports: (manifest.imports ?? []).map(toImportedProject),
          dependencyStatus: workspace.dependency_status ?? null,
        }
      }),

    switchBranch: (projectId, name) =>
      call(async () => {
        await sdk.ok(sdk.update_git_branch(projectId, { name }))
      }),

    createBranch: (projectId, name, ref) =>
      call(async () => {
        const body = ref ? { name, ref } : { name }
        return toBranch(await sdk.ok(sdk.create_git_branch(projectId, body)), name)
      }),

    deleteBranch: (projectId, name) =>
      call(async () => {
        await sdk.ok(sdk.delete_git_branch(projectId, name))
      }),

    resetToRemote: (projectId) =>
      call(async () => {
        await sdk.ok(sdk.reset_project_to_remote(projectId))
      }),

    resetToProduction: (projectId) =>
      call(async () => {
        await sdk.ok(sdk.reset_project_to_production(projectId))
      }),
  }
}

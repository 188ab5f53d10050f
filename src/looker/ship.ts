import type { ILooker40SDK, IProjectValidationCache } from '@looker/sdk'
import type { DelimArray } from '@looker/sdk-rtl'
import { call } from './call'
import {
  toContentValidation,
  toGitConnectionResult,
  toGitConnectionTest,
  toValidation,
} from './shipMappers'
import type {
  ContentValidation,
  GitConnectionResult,
  GitConnectionTest,
  Validation,
} from './shipTypes'

/**
 * Proving and shipping a branch. Each method names its SDK method and route. All of
 * them act in the session's workspace (docs/looker-api-ship.md).
 */
export interface ShipApi {
  /** Runs the LookML validator. `validate_project` -> POST /projects/{project_id}/validate */
  validateProject(projectId: string): Promise<Validation>
  /**
   * The last validation, or null when none ran (HTTP 204).
   * `project_validation_results` -> GET /projects/{project_id}/validate
   */
  getValidationResults(projectId: string): Promise<Validation | null>
  /** `all_git_connection_tests` -> GET /projects/{project_id}/git_connection_tests */
  listGitConnectionTests(projectId: string): Promise<GitConnectionTest[]>
  /**
   * A failing test is an answer (`passed: false`), not an error.
   * `run_git_connection_test` -> GET /projects/{project_id}/git_connection_tests/{test_id}
   */
  runGitConnectionTest(projectId: string, testId: string): Promise<GitConnectionResult>
  /**
   * Looker's content validator over the content on these projects' models.
   * `content_validation` -> GET /content_validation?project_names=
   */
  validateContent(projectNames: string[]): Promise<ContentValidation>
  /**
   * Pushes the current dev branch to production and pulls it there (204, or 400 with Looker's
   * reason). `deploy_to_production` -> POST /projects/{project_id}/deploy_to_production
   */
  deployToProduction(projectId: string): Promise<void>
}

export function createShipApi(sdk: ILooker40SDK): ShipApi {
  return {
    validateProject: (projectId) =>
      call(async () => toValidation(await sdk.ok(sdk.validate_project(projectId)))),

    getValidationResults: (projectId) =>
      call(async () => {
        const cached: unknown = await sdk.ok(sdk.project_validation_results(projectId))
        // 204 No Content when no validation has run: the SDK hands back an empty body. Any other
        // answer must be a validation (toValidation refuses the rest).
        if (cached == null || cached === '') return null
        return toValidation(cached as IProjectValidationCache, 'project_validation_results')
      }),

    listGitConnectionTests: (projectId) =>
      call(async () =>
        (await sdk.ok(sdk.all_git_connection_tests(projectId))).map(toGitConnectionTest)
      ),

    runGitConnectionTest: (projectId, testId) =>
      call(async () =>
        toGitConnectionResult(
          await sdk.ok(sdk.run_git_connection_test({ project_id: projectId, test_id: testId }))
        )
      ),

    validateContent: (projectNames) =>
      call(async () =>
        toContentValidation(
          await sdk.ok(
            sdk.content_validation({
              // The SDK's DelimArray cannot cross the extension's postMessage (it carries
              // functions); its comma-joined text is what it would put on the URL anyway.
              project_names: projectNames.join(',') as unknown as DelimArray<string>,
            })
          )
        )
      ),

    deployToProduction: (projectId) =>
      call(async () => {
        await sdk.ok(sdk.deploy_to_production(projectId))
      }),
  }
}

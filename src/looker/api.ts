/**
 * The one door to Looker. `createLookerApi(sdk)` exposes intent-named calls returning domain types;
 * every failure becomes an ApiError. Each area lives in its own file (session, projects, queries)
 * and each method names its SDK method and route; every SDK method used must be listed in
 * manifest.lkml `core_api_methods` (test/manifest.spec.ts checks both ways).
 */
import type { ILooker40SDK } from '@looker/sdk'
import { ContentApi, createContentApi } from './content'
import { createDiagnosticsApi, DiagnosticsApi } from './diagnostics'
import { createProjectsApi, ProjectsApi } from './projects'
import { createQueriesApi, QueriesApi } from './queries'
import { createSessionApi, SessionApi } from './session'
import { createShipApi, ShipApi } from './ship'

export interface LookerApi
  extends SessionApi, ProjectsApi, QueriesApi, ShipApi, ContentApi, DiagnosticsApi {}

export function createLookerApi(sdk: ILooker40SDK): LookerApi {
  return {
    ...createSessionApi(sdk),
    ...createProjectsApi(sdk),
    ...createQueriesApi(sdk),
    ...createShipApi(sdk),
    ...createContentApi(sdk),
    ...createDiagnosticsApi(sdk),
  }
}

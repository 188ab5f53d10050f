import type { ILooker40SDK } from '@looker/sdk'

/** Models, explores, queries and LookML data tests (issue #5). Each method names its SDK method and route. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface QueriesApi {}

export function createQueriesApi(_sdk: ILooker40SDK): QueriesApi {
  return {}
}

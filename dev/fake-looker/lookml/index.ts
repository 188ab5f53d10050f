/** The fake Looker's LookML models and query engine: see README.md in this folder. */
export * from './types'
export { createQueryService, type QueryService, type QueryServiceOptions } from './service'

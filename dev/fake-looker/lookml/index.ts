/** The fake Looker's LookML models and query engine: see README.md in this folder. */
export * from './types'
export { lookmlFor, KNOWN_VARIANTS } from './variants'
export { modelNameFor } from './smallProjects'
export {
  compileQuery,
  effectiveLimit,
  DEFAULT_LIMIT,
  type CompiledQuery,
  type QueryBody,
} from './compile'
export { filterToSql, FilterError } from './filters'
export { exploreContext, resolveField, type ExploreContext, type ResolvedField } from './resolve'
export { getDatabase, runSql, type SqlRows } from './db'
export { RESULT_FORMATS, DB_ERROR_MESSAGE, type ResultFormat } from './formats'
export {
  createQueryService,
  type QueryService,
  type QueryServiceOptions,
  type ModelListOptions,
} from './service'
export type { ApiQuery } from './queries'
export type { TaskStatus } from './tasks'

export {
  ApiError,
  isTimedOut,
  outcomeUnknown,
  toApiError,
  statusFromDocumentationUrl,
} from './ApiError'
export type { ApiErrorKind, FieldError } from './ApiError'
export { createLookerApi } from './api'
export type { LookerApi } from './api'
export { isWorkspaceId } from './mappers'
export { isPossiblyDirty } from './gitState'
export { changeSince, NotAsConfirmed, stillAsConfirmed } from './asConfirmed'
export type { Confirmed } from './asConfirmed'
export { isFinished } from './queryMappers'
export type { CurrentUser, Session, WorkspaceId } from './types'
export type {
  Branch,
  BranchKind,
  GitState,
  GitStateKind,
  Project,
  ProjectBranches,
  ProjectState,
  PullRequestMode,
} from './projectTypes'
export { createExtensionHost } from './host'
export type { HostAdapter } from './host'
export type {
  DataTest,
  DataTestProblem,
  DataTestResult,
  ExploreDetail,
  ExploreSummary,
  FieldCategory,
  FieldInfo,
  ModelSummary,
  QuerySpec,
  QueryTask,
  QueryTaskResults,
  RenderedRow,
  ResultRows,
  QueryTaskStatus,
  Row,
  RunMode,
} from './queryTypes'
export type {
  ContentProblem,
  ContentValidation,
  GitConnectionResult,
  GitConnectionTest,
  ProblemSeverity,
  Validation,
  ValidationProblem,
} from './shipTypes'
export { missingFields } from './missingFields'

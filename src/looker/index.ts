export { ApiError, isTimedOut, outcomeUnknown, toApiError } from './ApiError'
export { createLookerApi } from './api'
export type { LookerApi } from './api'
export { isPossiblyDirty } from './gitState'
export { changeSince, NotAsConfirmed, stillAsConfirmed } from './asConfirmed'
export { isFinished } from './queryMappers'
export type { CurrentUser, Session, WorkspaceId } from './types'
export type {
  Branch,
  BranchKind,
  GitState,
  GitStateKind,
  Project,
  ProjectBranches,
  ProjectImports,
  ProjectState,
  PullRequestMode,
} from './projectTypes'
export type { DiagnosticStart, GitDiagnosticCheck, GitDiagnosticReport } from './diagnostics'
export { createExtensionHost } from './host'
export type { HostAdapter } from './host'
export type {
  DataTest,
  DataTestProblem,
  DataTestResult,
  ExploreDetail,
  FieldCategory,
  FieldInfo,
  ModelSummary,
  QuerySpec,
  QueryTask,
  QueryTaskResults,
  RenderedRow,
  ResultRows,
  Row,
  RunMode,
} from './queryTypes'
export type {
  ContentProblem,
  ContentValidation,
  GitConnectionResult,
  Validation,
  ValidationProblem,
} from './shipTypes'
export { missingFields } from './missingFields'
export type {
  ContentTile,
  DashboardDetail,
  DashboardSummary,
  NotComparedReason,
  SavedQuery,
} from './contentTypes'
export { LOOK_PAGE } from './content'

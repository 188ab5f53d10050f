/** SDK validation, content and git-test models (all optional) to domain types. */
import type {
  IContentValidation,
  IContentValidatorError,
  IGitConnectionTest,
  IGitConnectionTestResult,
  IProjectError,
  IProjectValidation,
  IProjectValidationCache,
} from '@looker/sdk'
import { required } from './mappers'
import { modelOf } from './shape'
import type {
  ContentProblem,
  ContentValidation,
  GitConnectionResult,
  GitConnectionTest,
  ProblemSeverity,
  Validation,
  ValidationProblem,
} from './shipTypes'

function severity(s: string | null | undefined): ProblemSeverity {
  if (s === 'warning' || s === 'info') return s
  // fatal, error, and anything unknown block like an error; success is not a problem at all.
  return 'error'
}

function toProblem(e: IProjectError): ValidationProblem {
  return {
    severity: severity(e.severity),
    message: e.message || e.sanitized_message || 'Looker reported a problem without a message.',
    filePath: e.file_path || null,
    line: typeof e.line_number === 'number' ? e.line_number : null,
    fieldName: e.field_name || null,
  }
}

const VALIDATION_FIELDS = {
  lists: ['errors', 'models_not_validated'],
  numbers: ['computation_time'],
  booleans: ['stale'],
  others: ['project_digest'],
}

/**
 * Looker's validation (`validate_project`, or the kept one of `project_validation_results`); any
 * other body is an ApiError, so a check never passes on an answer that is not a validation.
 */
export function toValidation(
  v: IProjectValidation | IProjectValidationCache,
  operation = 'validate_project'
): Validation {
  modelOf(v, operation, 'a LookML validation (errors, project_digest)', VALIDATION_FIELDS)
  return {
    problems: (v.errors ?? []).filter((e) => e.severity !== 'success').map(toProblem),
    stale: 'stale' in v ? v.stale === true : false,
  }
}

export function toGitConnectionTest(t: IGitConnectionTest): GitConnectionTest {
  const id = required(t.id, 'a git connection test without an id')
  return { id, description: t.description || id }
}

export function toGitConnectionResult(r: IGitConnectionTestResult): GitConnectionResult {
  return {
    id: required(r.id, 'a git connection test result without an id'),
    passed: r.status === 'pass',
    message: r.message || r.status || '',
  }
}

// A Look's id is a number; a dashboard's a number or, for a LookML dashboard, `model::name`.
const LOOK_ID = /^\d+$/
const DASHBOARD_ID = /^(\d+|\w+::\w+)$/

/** The Looker path of a Look or dashboard, or null when Looker's id is not one (no link then). */
function contentPath(kind: 'looks' | 'dashboards', id: string | null | undefined): string | null {
  if (!id || !(kind === 'looks' ? LOOK_ID : DASHBOARD_ID).test(id)) return null
  return `/${kind}/${id}`
}

function toContentProblem(c: IContentValidatorError): ContentProblem {
  const errors = (c.errors ?? []).map((e) => ({
    message: e.message || 'Looker reported an error without a message.',
    fieldName: e.field_name || null,
    model: e.model_name || null,
  }))
  if (c.dashboard_element || c.dashboard) {
    const dashboard = c.dashboard
    const tile = c.dashboard_element
    return {
      key: `tile:${tile?.id ?? ''}:${dashboard?.id ?? ''}`,
      kind: 'tile',
      title: tile?.title || tile?.title_text || 'Untitled tile',
      dashboardTitle: dashboard?.title || null,
      folder: dashboard?.folder?.name ?? null,
      path: contentPath('dashboards', dashboard?.id),
      errors,
    }
  }
  const look = c.look
  return {
    key: `look:${look?.id ?? c.id ?? ''}`,
    kind: 'look',
    title: look?.title || 'Untitled Look',
    dashboardTitle: null,
    folder: look?.folder?.name ?? null,
    path: contentPath('looks', look?.id),
    errors,
  }
}

const CONTENT_FIELDS = {
  lists: ['content_with_errors'],
  // The counts the page reads (Looker sends more, all numbers).
  numbers: ['total_looks_validated', 'total_dashboard_elements_validated'],
}

/** Looker's content validation; any other body is an ApiError (the check must not pass on it). */
export function toContentValidation(v: IContentValidation): ContentValidation {
  modelOf(
    v,
    'content_validation',
    'a content validation (content_with_errors, total_looks_validated)',
    CONTENT_FIELDS
  )
  return {
    problems: (v.content_with_errors ?? [])
      .filter((c) => c.look || c.dashboard || c.dashboard_element)
      .map(toContentProblem),
    looksValidated: v.total_looks_validated ?? 0,
    tilesValidated: v.total_dashboard_elements_validated ?? 0,
  }
}

/**
 * Git Diagnose & Repair, the beta API of the 4.0.26.12 spec (docs/git-health.md "Diagnose &
 * Repair"): `create_git_diagnostic_report`, `get_git_diagnostic_report`,
 * `repair_git_diagnostic_report`. Behind the `gitDiagnostics` knob (the 26 profile); 404 without.
 * The report's fields are the spec's; the check names and state words are the fake's (Looker
 * documents the checks and the four outcomes in prose only).
 */
import type { HandlerContext, HandlerTable } from '../context'
import { FakeApiError } from '../errors'
import type { GitDiagnosticRecord, ProjectRecord } from '../model'
import { visibleProject } from './projects'

const NOT_FOUND = "The resource you're looking for could not be found"

/**
 * The checks, after Looker's "Diagnosing and repairing Git issues in LookML projects": setup and
 * the connection need manual work; lock files, permissions and the object index are repaired in
 * place; a damaged repository is rebuilt (uncommitted changes kept on a recovery branch).
 */
export const DIAGNOSTIC_CHECKS: ReadonlyArray<{ type: string; repairable: boolean }> = [
  { type: 'git_setup', repairable: false },
  { type: 'git_connection_test', repairable: false },
  { type: 'stale_lock_files', repairable: true },
  { type: 'file_permissions', repairable: true },
  { type: 'object_index', repairable: true },
  { type: 'repository_integrity', repairable: true },
]

function enabled(ctx: HandlerContext) {
  if (!ctx.options.behaviour.gitDiagnostics) throw new FakeApiError(404, NOT_FOUND)
}

/** Developer copies need `develop`, production needs `deploy` (Looker's documented permissions). */
function allowed(ctx: HandlerContext, projectType: GitDiagnosticRecord['projectType']) {
  const needs = projectType === 'production' ? 'deploy' : 'develop'
  if (!ctx.permissions.has(needs)) throw new FakeApiError(403, `Requires the ${needs} permission`)
}

function reportOf(ctx: HandlerContext, project: ProjectRecord): GitDiagnosticRecord {
  const report = ctx.state.gitDiagnosticReports?.[ctx.params.report_id!]
  if (!report || report.projectId !== project.id || report.userId !== ctx.user.id) {
    throw new FakeApiError(404, NOT_FOUND)
  }
  return report
}

/** The first read finds the checks' outcome: the run takes one poll. */
function advance(project: ProjectRecord, report: GitDiagnosticRecord) {
  if (report.state !== 'running') return
  report.state = 'complete'
  for (const check of DIAGNOSTIC_CHECKS) {
    report.found[check.type] = project.gitIssues?.includes(check.type) ? 'detected' : 'not_detected'
  }
}

function view(report: GitDiagnosticRecord) {
  const now = new Date().toISOString()
  return {
    can: {},
    id: report.id,
    project_id: report.projectId,
    user_id: report.userId,
    state: report.state,
    status: report.state === 'running' ? 'running' : 'complete',
    created_at: report.createdAt,
    updated_at: now,
    project_type: report.projectType,
    issues: Object.entries(report.found).map(([type, state], i) => ({
      can: {},
      id: `${report.id}-${i + 1}`,
      report_id: report.id,
      project_id: report.projectId,
      project_type: report.projectType,
      issue_type: type,
      issue_version: '1',
      state,
      created_at: report.createdAt,
      updated_at: now,
    })),
  }
}

export const diagnosticHandlers: HandlerTable = {
  create_git_diagnostic_report: (ctx) => {
    enabled(ctx)
    const project = visibleProject(ctx)
    if (!project.usesGit) throw new FakeApiError(422, 'This project does not use git')
    const body = (ctx.body ?? {}) as { project_type?: string }
    const projectType = body.project_type === 'production' ? 'production' : 'developer'
    allowed(ctx, projectType)
    const reports = (ctx.state.gitDiagnosticReports ??= {})
    const id = String(Object.keys(reports).length + 1)
    reports[id] = {
      id,
      projectId: project.id,
      userId: ctx.user.id,
      projectType,
      state: 'running',
      createdAt: new Date().toISOString(),
      found: {},
    }
    return { body: view(reports[id]) }
  },
  get_git_diagnostic_report: (ctx) => {
    enabled(ctx)
    const project = visibleProject(ctx)
    const report = reportOf(ctx, project)
    advance(project, report)
    return { body: view(report) }
  },
  repair_git_diagnostic_report: (ctx) => {
    enabled(ctx)
    const project = visibleProject(ctx)
    const report = reportOf(ctx, project)
    allowed(ctx, report.projectType)
    if (report.state === 'running') throw new FakeApiError(409, 'The diagnosis is still running')
    for (const check of DIAGNOSTIC_CHECKS) {
      if (report.found[check.type] !== 'detected') continue
      report.found[check.type] = check.repairable ? 'repaired' : 'failed'
      if (check.repairable) project.gitIssues = project.gitIssues?.filter((t) => t !== check.type)
    }
    return { body: view(report) }
  },
}

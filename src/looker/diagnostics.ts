import type { IError, ILooker40SDK } from '@looker/sdk'
import { ApiError } from './ApiError'
import { call, read } from './call'
import { objectOf } from './shape'

/**
 * One check of Git Diagnose & Repair (`GitDiagnosticIssue`, API 4.0.26.12, beta): Looker's words,
 * as given. `state` is the check's outcome (Looker's IDE shows Not detected, Detected, Repaired,
 * Failed); the API documents no vocabulary for it.
 */
export interface GitDiagnosticCheck {
  id: string
  /** `issue_type`, e.g. `stale_lock_files`. */
  type: string
  /** `project_type`: the copy checked (developer or production). */
  scope: string | null
  state: string | null
}

/** A run of Git Diagnose & Repair (`GitDiagnosticReport`). */
export interface GitDiagnosticReport {
  id: string
  state: string | null
  status: string | null
  /** Looker is still running the checks (or the repair): read the report again. */
  running: boolean
  checks: GitDiagnosticCheck[]
}

/** Where this Looker stands: the API answered, or it has none (404 or a refusal). */
export type DiagnosticStart =
  { available: true; report: GitDiagnosticReport } | { available: false }

/**
 * Git Diagnose & Repair, newer than the pinned SDK (25.20): called by route with the SDK's own
 * `post`/`get`, the request `@looker/sdk` 26.12 sends for these methods (docs/git-health.md).
 */
export interface DiagnosticsApi {
  /**
   * Starts the checks of the session's copy of the project. `{available: false}` when Looker has
   * no such route (before 26.12: 404) or refuses it.
   * `create_git_diagnostic_report` -> POST /projects/{project_id}/git_diagnostic_report
   */
  startGitDiagnostic(projectId: string, scope: 'developer' | 'production'): Promise<DiagnosticStart>
  /** `get_git_diagnostic_report` -> GET /projects/{project_id}/git_diagnostic_report/{report_id} */
  getGitDiagnostic(projectId: string, reportId: string): Promise<GitDiagnosticReport>
  /**
   * Runs Looker's automatic repairs of what the report found.
   * `repair_git_diagnostic_report` -> POST /projects/{project_id}/git_diagnostic_report/{report_id}/repair
   */
  repairGitDiagnostic(projectId: string, reportId: string): Promise<GitDiagnosticReport>
}

/** The answer as API 4.0.26.12 describes it (absent from the pinned SDK's models). */
interface RawReport {
  id?: string | null
  state?: string | null
  status?: string | null
  issues?: Array<{
    id?: string | null
    issue_type?: string | null
    project_type?: string | null
    state?: string | null
  }> | null
}

/** Words of a run not yet over; Looker documents none, these are the usual ones. */
const RUNNING =
  /^(new|pending|queued|running|in[_ ]progress|started|initiated|diagnosing|repairing)$/i

function toReport(raw: RawReport, label: string): GitDiagnosticReport {
  const r = objectOf(raw, label, 'a git diagnostic report')
  const state = r.state ?? null
  const status = r.status ?? null
  return {
    id: String(r.id ?? ''),
    state,
    status,
    running: RUNNING.test(state ?? '') || RUNNING.test(status ?? ''),
    checks: (r.issues ?? []).map((i, n) => ({
      id: i.id ?? String(n),
      type: i.issue_type ?? 'unnamed check',
      scope: i.project_type ?? null,
      state: i.state ?? null,
    })),
  }
}

const enc = encodeURIComponent

export function createDiagnosticsApi(sdk: ILooker40SDK): DiagnosticsApi {
  return {
    startGitDiagnostic: async (projectId, scope) => {
      try {
        const raw = await call(() =>
          sdk.ok(
            sdk.post<RawReport, IError>(`/projects/${enc(projectId)}/git_diagnostic_report`, null, {
              project_type: scope,
            })
          )
        )
        return { available: true, report: toReport(raw, 'create_git_diagnostic_report') }
      } catch (e) {
        // No such route before 26.12 (404); a host that does not know the method refuses it.
        if (e instanceof ApiError && (e.status === 404 || e.kind === 'host')) {
          return { available: false }
        }
        throw e
      }
    },
    getGitDiagnostic: (projectId, reportId) =>
      read(async () =>
        toReport(
          await sdk.ok(
            sdk.get<RawReport, IError>(
              `/projects/${enc(projectId)}/git_diagnostic_report/${enc(reportId)}`
            )
          ),
          'get_git_diagnostic_report'
        )
      ),
    repairGitDiagnostic: (projectId, reportId) =>
      call(async () =>
        toReport(
          await sdk.ok(
            sdk.post<RawReport, IError>(
              `/projects/${enc(projectId)}/git_diagnostic_report/${enc(reportId)}/repair`,
              null,
              {}
            )
          ),
          'repair_git_diagnostic_report'
        )
      ),
  }
}

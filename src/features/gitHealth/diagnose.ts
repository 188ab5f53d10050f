/** Git Diagnose & Repair's words and waits, kept apart from the section that shows them. */
import type { GitDiagnosticCheck, GitDiagnosticReport, LookerApi } from '../../looker'
import { sleep } from '../../shared/abort'

/** Between reads of a running report; each read is one short call, far below the host's 30 s. */
export const REPORT_POLL_MS: readonly number[] = [250, 500, 1000, 2000, 4000]
/** A run still going after this is left to Looker: the person is told to Diagnose again later. */
export const REPORT_GIVE_UP_MS = 5 * 60_000

/** Reads the report until Looker says it is over; throws after REPORT_GIVE_UP_MS. */
export async function untilDone(
  api: LookerApi,
  projectId: string,
  first: GitDiagnosticReport,
  signal: AbortSignal,
  pollMs: readonly number[] = REPORT_POLL_MS
): Promise<GitDiagnosticReport> {
  let report = first
  const started = Date.now()
  for (let i = 0; report.running; i++) {
    if (Date.now() - started > REPORT_GIVE_UP_MS) {
      throw new Error('Looker is still running the checks after 5 minutes: Diagnose again later.')
    }
    await sleep(pollMs[Math.min(i, pollMs.length - 1)]!, signal)
    report = await api.getGitDiagnostic(projectId, first.id)
  }
  return report
}

/** Check names Looker's documentation gives in words; any other is shown as Looker sends it. */
const NAMES: Record<string, string> = {
  git_setup: 'Git setup',
  git_connection_test: 'Git connection test',
  stale_lock_files: 'Stale lock files',
  file_permissions: 'File permissions',
  object_index: 'Object index',
  repository_integrity: 'Repository integrity',
}

export const checkName = (c: GitDiagnosticCheck) => NAMES[c.type] ?? c.type

/** Looker's IDE words for a check's outcome (Not detected, Detected, Repaired, Failed). */
const OUTCOMES: Record<string, string> = {
  not_detected: 'not found',
  detected: 'found',
  repaired: 'repaired',
  failed: 'repair failed',
}

export const outcomeText = (c: GitDiagnosticCheck) =>
  c.state ? (OUTCOMES[c.state.toLowerCase()] ?? c.state) : 'no outcome given'

/** A problem the repair may act on. */
export const isFound = (c: GitDiagnosticCheck) => c.state?.toLowerCase() === 'detected'

/** Checks that Looker's documentation says need manual work: the repair leaves them. */
export const MANUAL = new Set(['git_setup', 'git_connection_test'])

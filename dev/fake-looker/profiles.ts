/**
 * Looker version profiles and per-behaviour knobs. Each knob copies one way the real API answers
 * (docs/looker-api-behaviour.md names the public source of each); a profile is the set of answers
 * one Looker version documents. Tests pick a profile (`lookerVersion`) and override single knobs
 * (`behaviour`), so every variant the product must hold on can be asked for.
 */

export const LOOKER_VERSIONS = ['24', '25', '26'] as const
export type LookerVersion = (typeof LOOKER_VERSIONS)[number]

export interface LookerBehaviour {
  /**
   * `query_task_results` while the task is queued or running: `204` (no content, as 24.x
   * documents), `202-empty` (202 with an empty body) or `202-status` (202 with `{status}`).
   */
  pendingResults: '204' | '202-empty' | '202-status'
  /**
   * A query field that does not exist in the mode the query runs in: `drop` (silently left out;
   * 400 "Must query at least one dimension or measure" once none is left), or `error` (a 422
   * naming the field, as this fake answered before it learned the real behaviour).
   */
  unknownFields: 'drop' | 'error'
  /** A database error in a `json`/`json_detail` result: `400`, or `looker_error` rows with 200. */
  sqlErrorAs: '400' | 'looker_error-rows'
  /** `kill_query` on a task that already finished: `404` or `204` (ignored). */
  killFinished: '404' | '204'
  /** What a killed task reports as its status afterwards: `killed` or `expired`. */
  killedStatus: 'killed' | 'expired'
  /**
   * The `git_status` words of `project_workspace` (free text, no documented vocabulary):
   * `tokens` (clean, uncommitted_changes, ...) or `sentences` (what Looker's IDE says, e.g.
   * "Uncommitted changes"). The product must not depend on either.
   */
  gitStatusWords: 'tokens' | 'sentences'
  /** When set, every git project in Development Mode reports exactly this `git_status` text. */
  gitStatusText: string | null
  /** `user_roles` for oneself: `ok`, or `refused` (404, as Looker's own extensions tolerate). */
  userRoles: 'ok' | 'refused'
  /** Projects in which no user has a developer copy yet: their dev reads answer 404. */
  noDevCopy: readonly string[]
  /** `all_projects` / `project` for a user who may not see LookML: `403` or `empty` ([] / 404). */
  viewerProjects: '403' | 'empty'
  /**
   * Whether rows come with Looker's Development Mode note (a task over a derived table with
   * `-- if dev --` SQL ends `error` with one `fatal: false` entry in `errors[]`): `rows`, or `none`
   * (the recording ran LIMIT 0, so it cannot tell).
   */
  devNoteRows: 'rows' | 'none'
  /**
   * `once`: `query_task` reports every task `expired` once, just as it finishes (seconds old), then
   * its real status, as recorded in 2019-2022; `never` (default: it is intermittent).
   */
  transientExpired: 'never' | 'once'
  /**
   * `project_workspace.git_branch` of a git project: `named` (the checked-out branch) or `null`
   * (no branch named; `git_branch` still answers it). No recording of `current_workspace` exists.
   */
  workspaceBranch: 'named' | 'null'
  /**
   * `create_git_branch`: `local-only` (recorded on 22.x: not on the remote), `push` (newer Looker
   * pushes the new branch) or `push-refused` (the push fails: 422 carrying git's error, as
   * reported in spectacles #841, 2025).
   */
  createBranch: 'local-only' | 'push' | 'push-refused'
  /** `Project.is_git_dev_locked` and `has_production_counterpart` are in the answer (API 26.12+). */
  projectFields2612: boolean
  /** Projects whose development git repository is locked: `is_git_dev_locked`, git writes 422. */
  gitDevLocked: readonly string[]
  /**
   * Git Diagnose & Repair's beta API (`create_git_diagnostic_report` and its read and repair, in the
   * 4.0.26.12 spec): answered, or 404 as on a Looker without the routes (docs/git-health.md).
   */
  gitDiagnostics: boolean
}

/** What each version documents; the rest is the same real behaviour on every profile. */
export const PROFILES: Record<LookerVersion, LookerBehaviour> = {
  '24': {
    pendingResults: '204',
    unknownFields: 'drop',
    sqlErrorAs: '400',
    killFinished: '404',
    killedStatus: 'killed',
    gitStatusWords: 'sentences',
    gitStatusText: null,
    userRoles: 'ok',
    noDevCopy: [],
    viewerProjects: '403',
    devNoteRows: 'rows',
    transientExpired: 'never',
    workspaceBranch: 'named',
    createBranch: 'local-only',
    projectFields2612: false,
    gitDevLocked: [],
    gitDiagnostics: false,
  },
  '25': {
    pendingResults: '202-empty',
    unknownFields: 'drop',
    sqlErrorAs: '400',
    killFinished: '404',
    killedStatus: 'expired',
    gitStatusWords: 'tokens',
    gitStatusText: null,
    userRoles: 'ok',
    noDevCopy: [],
    viewerProjects: '403',
    devNoteRows: 'rows',
    transientExpired: 'never',
    workspaceBranch: 'named',
    createBranch: 'push',
    projectFields2612: false,
    gitDevLocked: [],
    gitDiagnostics: false,
  },
  '26': {
    pendingResults: '202-status',
    unknownFields: 'drop',
    sqlErrorAs: '400',
    killFinished: '404',
    killedStatus: 'killed',
    gitStatusWords: 'tokens',
    gitStatusText: null,
    userRoles: 'ok',
    noDevCopy: [],
    viewerProjects: '403',
    devNoteRows: 'rows',
    transientExpired: 'never',
    workspaceBranch: 'named',
    createBranch: 'push',
    projectFields2612: true,
    gitDevLocked: [],
    gitDiagnostics: true,
  },
}

/** The profile of `version` with `overrides` applied. */
export function behaviourOf(
  version: LookerVersion = '26',
  overrides: Partial<LookerBehaviour> = {}
): LookerBehaviour {
  const base = PROFILES[version]
  if (!base) throw new Error(`Unknown Looker version "${String(version)}"`)
  return { ...base, ...overrides }
}

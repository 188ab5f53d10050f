/**
 * Reading Looker's `git_status`. The API documents it as a plain string with no vocabulary and no
 * public recording shows its values (docs/looker-api-behaviour.md "git_status"), so only a few
 * words are read; any other text is kept as Looker wrote it and may hide uncommitted work.
 */
import type { Branch, GitState } from './projectTypes'

/** Texts read as "the working copy has no uncommitted changes" (position words included). */
const KNOWN_CLEAN =
  /^(ok|clean|up[ _-]?to[ _-]?date|ahead|behind|diverged|local[ _-]?only|not[ _-]?pushed)$/
const CONFLICT = /conflict|merg/
const UNCOMMITTED = /uncommitted|dirty|modified/

/**
 * Whether the current branch may hold work that a reset or pull would lose: uncommitted changes,
 * a conflict, or a `git_status` the app cannot read. The one rule every git safeguard uses.
 */
export function isPossiblyDirty(git: GitState): boolean {
  return git.kind === 'uncommitted' || git.kind === 'conflict' || git.kind === 'unknown'
}

/** Prefers the branch's own counts for ahead/behind; unread text makes the state `unknown`. */
export function toGitState(status: string | null, branch: Branch | null): GitState {
  const s = (status ?? '').trim().toLowerCase()
  const ahead = branch?.ahead ?? null
  const behind = branch?.behind ?? null
  const state = (kind: GitState['kind']): GitState => ({
    kind,
    ahead,
    behind,
    lookerStatus: status,
  })
  if (!branch) return state('noGit')
  if (branch.error || CONFLICT.test(s)) return state('conflict')
  if (UNCOMMITTED.test(s)) return state('uncommitted')
  if (s !== '' && !KNOWN_CLEAN.test(s)) return state('unknown')
  if ((ahead ?? 0) > 0 && (behind ?? 0) > 0) return state('diverged')
  if ((behind ?? 0) > 0) return state('behind')
  if ((ahead ?? 0) > 0) return state('ahead')
  if (!branch.isRemote && !branch.isProduction) return state('localOnly')
  return state('upToDate')
}

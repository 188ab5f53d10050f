/** Plain words for branches. */
import type { Branch } from '../../looker'
import { formatCommitTime } from '../../shared/format'

/**
 * The last commit as Looker gives it: time and short SHA. What Looker leaves out is left out (no
 * "—"). Looker's GitBranch has no commit author and no commit message (its `message` describes an
 * error): docs/looker-api-behaviour.md "GitBranch: the last commit".
 */
export function lastCommitLabel(b: Branch): string {
  return [
    b.commitAt !== null && `last commit ${formatCommitTime(b.commitAt)}`,
    b.ref && /^[0-9a-f]{7,40}$/i.test(b.ref) && b.ref.slice(0, 7),
  ]
    .filter((p): p is string => typeof p === 'string')
    .join(' · ')
}

/** A git error Looker attached to the branch, in its words (`error`, then `message`), or ''. */
export function gitErrorLabel(b: Branch): string {
  const words = [b.error, b.message].filter(Boolean).join(': ')
  return words && `git error: ${words}`
}

/** The branch's flags, e.g. ["current", "personal", "read-only"]. */
export function branchFlags(b: Branch): string[] {
  return [
    b.isCurrent && 'current',
    b.isProduction && 'production',
    b.isPersonal && 'personal',
    b.isReadOnly && 'read-only',
    b.isLocal && !b.isRemote && 'local only',
    b.isRemote && !b.isLocal && 'remote only',
  ].filter((f): f is string => typeof f === 'string')
}

/**
 * Ahead/behind of the remote, or why there is no count: Looker counts only branches that are both
 * local and on the remote (a remote-only branch has no local copy to compare; recorded answers).
 */
export function aheadBehindLabel(b: Branch): string {
  if (b.ahead === null || b.behind === null) {
    if (!b.isRemote) return 'not on the remote'
    return b.isLocal ? '—' : 'no local copy'
  }
  if (b.ahead === 0 && b.behind === 0) return 'up to date'
  return [b.ahead && `${b.ahead} ahead`, b.behind && `${b.behind} behind`]
    .filter(Boolean)
    .join(', ')
}

/** Plain words for the git health page. */
import type { Branch } from '../../looker'
import type { BranchPlace } from './healthRows'

export const WHERE_WORDS: Record<BranchPlace, string> = {
  local: 'local only',
  remote: 'remote only',
  both: 'local and remote',
}

/** Ahead/behind of the remote, or why there is no count. */
export function aheadBehindText(b: Branch): string {
  if (b.ahead === null || b.behind === null) return b.isRemote ? '—' : 'not pushed'
  if (b.ahead === 0 && b.behind === 0) return 'up to date'
  return [b.ahead && `${b.ahead} ahead`, b.behind && `${b.behind} behind`]
    .filter(Boolean)
    .join(', ')
}

/** What else Looker says of the branch: current, read-only, its git error. */
export function flagsText(b: Branch): string {
  return [
    b.isCurrent && 'current',
    b.isReadOnly && 'read-only',
    (b.error || b.message) && `git error: ${[b.error, b.message].filter(Boolean).join(': ')}`,
  ]
    .filter(Boolean)
    .join(' · ')
}

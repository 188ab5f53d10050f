/** Plain words for project and git states, shared by the projects table and its summary. */
import type { GitState, GitStateKind, PullRequestMode } from '../../looker'
import { plural } from '../../shared/format'

/** The git state as a person would say it, e.g. "2 commits ahead, 1 behind". */
export function gitStateLabel(git: GitState): string {
  switch (git.kind) {
    case 'conflict':
      return 'Conflict'
    case 'uncommitted':
      return 'Uncommitted changes'
    case 'diverged':
      return `${plural(git.ahead ?? 0, 'commit')} ahead, ${git.behind ?? 0} behind`
    case 'behind':
      return `${plural(git.behind ?? 0, 'commit')} behind`
    case 'ahead':
      return `${plural(git.ahead ?? 0, 'commit')} ahead`
    case 'localOnly':
      return 'Not pushed (local only)'
    case 'upToDate':
      return 'Up to date'
    case 'noGit':
      return 'No git'
    case 'unknown':
      return `Looker says: ${git.lookerStatus ?? 'unknown'}`
  }
}

/** Most urgent first: the order of "sort by state". */
export const STATE_ORDER: readonly GitStateKind[] = [
  'conflict',
  'uncommitted',
  'diverged',
  'behind',
  'ahead',
  'localOnly',
  'unknown',
  'upToDate',
  'noGit',
]

/** The theme colour a state is written in: what needs a person's attention stands out. */
export const STATE_TONE: Record<GitStateKind, 'critical' | 'attention' | 'text' | 'text2'> = {
  conflict: 'critical',
  uncommitted: 'attention',
  diverged: 'attention',
  behind: 'attention',
  ahead: 'text',
  localOnly: 'text',
  unknown: 'text',
  upToDate: 'text2',
  noGit: 'text2',
}

export const PR_MODE_LABEL: Record<PullRequestMode, string> = {
  off: 'Off',
  links: 'Links',
  recommended: 'Recommended',
  required: 'Required',
}

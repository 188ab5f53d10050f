import type { GitState, GitStateKind } from '../../looker'
import { gitStateLabel, PR_MODE_LABEL, STATE_ORDER, STATE_TONE } from './labels'

const git = (kind: GitStateKind, over: Partial<GitState> = {}): GitState => ({
  kind,
  ahead: null,
  behind: null,
  lookerStatus: null,
  ...over,
})

describe('gitStateLabel', () => {
  it.each<[GitState, string]>([
    [git('conflict'), 'Conflict'],
    [git('uncommitted'), 'Uncommitted changes'],
    [git('diverged', { ahead: 2, behind: 1 }), '2 commits ahead, 1 behind'],
    [git('diverged', { ahead: 1, behind: 3 }), '1 commit ahead, 3 behind'],
    [git('diverged'), '0 commits ahead, 0 behind'],
    [git('behind', { behind: 1 }), '1 commit behind'],
    [git('behind', { behind: 4 }), '4 commits behind'],
    [git('behind'), '0 commits behind'],
    [git('ahead', { ahead: 1 }), '1 commit ahead'],
    [git('ahead', { ahead: 5 }), '5 commits ahead'],
    [git('ahead'), '0 commits ahead'],
    [git('localOnly'), 'Not pushed (local only)'],
    [git('upToDate'), 'Up to date'],
    [git('noGit'), 'No git'],
    [git('unknown', { lookerStatus: 'rebasing' }), 'Looker says: rebasing'],
    [git('unknown'), 'Looker says: unknown'],
  ])('%j reads "%s"', (state, label) => {
    expect(gitStateLabel(state)).toBe(label)
  })
})

it('sorts the most urgent state first', () => {
  expect(STATE_ORDER).toEqual([
    'conflict',
    'uncommitted',
    'diverged',
    'behind',
    'ahead',
    'localOnly',
    'unknown',
    'upToDate',
    'noGit',
  ])
})

it('writes what needs attention in a colour that stands out', () => {
  expect(STATE_TONE).toEqual({
    conflict: 'critical',
    uncommitted: 'attention',
    diverged: 'attention',
    behind: 'attention',
    ahead: 'text',
    localOnly: 'text',
    unknown: 'text',
    upToDate: 'text2',
    noGit: 'text2',
  })
})

it('names each pull request mode', () => {
  expect(PR_MODE_LABEL).toEqual({
    off: 'Off',
    links: 'Links',
    recommended: 'Recommended',
    required: 'Required',
  })
})

/** Reading Looker's git_status and branch counts into the state every git safeguard uses. */
import { isPossiblyDirty, toGitState } from './gitState'
import type { Branch, GitStateKind } from './projectTypes'

const branch = (over: Partial<Branch> = {}): Branch => ({
  name: 'feature/x',
  isCurrent: true,
  isProduction: false,
  isPersonal: false,
  isReadOnly: false,
  isLocal: true,
  isRemote: true,
  ahead: 0,
  behind: 0,
  commitAt: null,
  ref: null,
  remoteRef: null,
  message: null,
  ownerName: null,
  error: null,
  can: {},
  ...over,
})

test('no branch: no git, whatever the status says', () => {
  expect(toGitState('uncommitted changes', null)).toEqual({
    kind: 'noGit',
    ahead: null,
    behind: null,
    lookerStatus: 'uncommitted changes',
  })
})

test.each<[string | null, Partial<Branch>, GitStateKind]>([
  // Looker's words, in any case and with spaces around them
  ['OK', {}, 'upToDate'],
  [' clean ', {}, 'upToDate'],
  [null, {}, 'upToDate'],
  ['', {}, 'upToDate'],
  ['up to date', {}, 'upToDate'],
  ['up_to_date', {}, 'upToDate'],
  ['up-to-date', {}, 'upToDate'],
  ['uptodate', {}, 'upToDate'],
  ['ahead', {}, 'upToDate'],
  ['behind', {}, 'upToDate'],
  ['diverged', {}, 'upToDate'],
  ['local only', {}, 'upToDate'],
  ['not pushed', {}, 'upToDate'],
  // anything else may hide uncommitted work
  ['okay', {}, 'unknown'],
  ['not clean', {}, 'unknown'],
  ['clean-ish', {}, 'unknown'],
  ['fresh', {}, 'unknown'],
  // conflicts and uncommitted work, named anywhere in the text
  ['Merge in progress', {}, 'conflict'],
  ['has CONFLICTS', {}, 'conflict'],
  ['clean', { error: 'merge failed' }, 'conflict'],
  ['3 uncommitted files', {}, 'uncommitted'],
  ['working tree dirty', {}, 'uncommitted'],
  ['Modified', {}, 'uncommitted'],
  ['conflict, uncommitted', {}, 'conflict'],
  // position, from the branch's own counts
  ['ok', { ahead: 2, behind: 1 }, 'diverged'],
  ['ok', { ahead: 0, behind: 3 }, 'behind'],
  ['ok', { ahead: 1, behind: 0 }, 'ahead'],
  ['ok', { ahead: 1, behind: null }, 'ahead'],
  ['ok', { ahead: null, behind: 1 }, 'behind'],
  ['ok', { ahead: null, behind: null }, 'upToDate'],
  ['uncommitted', { ahead: 1, behind: 1 }, 'uncommitted'],
  // not on the remote: local only, unless it is production's branch
  ['ok', { isRemote: false }, 'localOnly'],
  ['ok', { isRemote: false, isProduction: true }, 'upToDate'],
  ['ok', { isRemote: false, ahead: 1 }, 'ahead'],
])('git_status %p with %p is %s', (status, over, kind) => {
  expect(toGitState(status, branch(over)).kind).toBe(kind)
})

test('the counts and Looker’s own text are kept', () => {
  expect(toGitState('Fresh', branch({ ahead: 4, behind: 2 }))).toEqual({
    kind: 'unknown',
    ahead: 4,
    behind: 2,
    lookerStatus: 'Fresh',
  })
})

test.each<[GitStateKind, boolean]>([
  ['conflict', true],
  ['uncommitted', true],
  ['unknown', true],
  ['diverged', false],
  ['behind', false],
  ['ahead', false],
  ['localOnly', false],
  ['upToDate', false],
  ['noGit', false],
])('%s may hold work a reset would lose: %p', (kind, dirty) => {
  expect(isPossiblyDirty({ kind, ahead: null, behind: null, lookerStatus: null })).toBe(dirty)
})

import { ApiError } from './ApiError'
import { isPossiblyDirty, toGitState } from './gitState'
import { toBranch, toProject, toProjectState } from './projectMappers'

const remote = {
  name: 'feature/x',
  is_remote: true,
  is_local: true,
  ahead_count: 0,
  behind_count: 0,
}

test.each([
  ['uncommitted_changes', remote, 'uncommitted'],
  ['clean', { ...remote, ahead_count: 2, behind_count: 1 }, 'diverged'],
  ['clean', { ...remote, behind_count: 3 }, 'behind'],
  ['clean', { ...remote, ahead_count: 3 }, 'ahead'],
  ['clean', { ...remote, error: 'CONFLICTING merge' }, 'conflict'],
  ['merge conflict', remote, 'conflict'],
  [null, { ...remote, is_remote: false, ahead_count: null, behind_count: null }, 'localOnly'],
  ['clean', remote, 'upToDate'],
  ['something new', remote, 'unknown'],
  ['Pull Remote Changes', { ...remote, behind_count: 3 }, 'unknown'],
])('git_status %j with %j reads as %s', (status, raw, kind) => {
  expect(toGitState(status, toBranch(raw, null)).kind).toBe(kind)
})

test.each([
  ['clean', false],
  ['behind', false],
  [null, false],
  ['uncommitted_changes', true],
  ['merge conflict', true],
  // Text the app has never seen is kept verbatim and may hide uncommitted work.
  ['Commit Changes & Push', true],
  ['Workspace is being synced', true],
])('git_status %j is possibly dirty: %s', (status, dirty) => {
  const git = toGitState(status, toBranch(remote, null))
  expect(isPossiblyDirty(git)).toBe(dirty)
  if (git.kind === 'unknown') expect(git.lookerStatus).toBe(status)
})

test('a project without git has no branch and says so', () => {
  const state = toProjectState('sandbox', {
    project_id: 'sandbox',
    workspace_id: 'dev',
    git_status: null,
    git_branch: { name: null },
  })
  expect(state).toMatchObject({ branch: null, branchKind: null, git: { kind: 'noGit' } })
})

test('the checked-out branch is current and its kind is named', () => {
  const state = toProjectState('p', {
    workspace_id: 'dev',
    git_status: 'clean',
    git_branch: { ...remote, personal: true },
  })
  expect(state.branch?.isCurrent).toBe(true)
  expect(state.branchKind).toBe('personal')
})

test('missing required fields are an ApiError at the boundary', () => {
  expect(() => toProject({})).toThrow(ApiError)
  expect(() => toBranch({}, null)).toThrow('Looker returned a git branch without a name.')
})

test('an unknown pull-request mode is read as off, not passed on', () => {
  expect(toProject({ id: 'p', pull_request_mode: 'weird' as never }).pullRequestMode).toBe('off')
})

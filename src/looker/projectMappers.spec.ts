import { ApiError } from './ApiError'
import { isPossiblyDirty, toGitState } from './gitState'
import { toBranch, toImportedProject, toProject, toProjectState } from './projectMappers'

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

test('is_git_dev_locked (newer than the pinned SDK) is read as locked', () => {
  expect(toProject({ id: 'p', is_git_dev_locked: true } as never).isGitDevLocked).toBe(true)
  expect(toProject({ id: 'p', is_git_dev_locked: null } as never).isGitDevLocked).toBe(false)
})

test('a project: Looker’s fields, with the documented defaults for gaps', () => {
  expect(
    toProject({
      id: 'shop',
      name: 'Shop',
      uses_git: true,
      git_production_branch_name: 'main',
      git_remote_url: 'git@github.com:acme/shop.git',
      pull_request_mode: 'required' as never,
      validation_required: true,
      allow_warnings: false,
      can: { update: false, read: true, odd: 'yes' } as never,
    })
  ).toEqual({
    id: 'shop',
    name: 'Shop',
    usesGit: true,
    productionBranchName: 'main',
    remoteUrl: 'git@github.com:acme/shop.git',
    pullRequestMode: 'required',
    validationRequired: true,
    allowWarnings: false,
    can: { update: false, read: true },
    isGitDevLocked: false,
    hasProductionCounterpart: null,
  })
  expect(toProject({ id: 'bare', name: '', git_remote_url: '', can: null as never })).toEqual({
    id: 'bare',
    name: 'bare',
    usesGit: false,
    productionBranchName: 'master',
    remoteUrl: null,
    pullRequestMode: 'off',
    validationRequired: false,
    allowWarnings: true,
    can: {},
    isGitDevLocked: false,
    hasProductionCounterpart: null,
  })
  expect(toProject({ id: 'p', pull_request_mode: 'links' as never }).pullRequestMode).toBe('links')
  expect(toProject({ id: 'p', pull_request_mode: 'recommended' as never }).pullRequestMode).toBe(
    'recommended'
  )
})

test('26.12 fields the pinned SDK lacks are read from the answer: a locked repository, pushed or not', () => {
  const locked = {
    id: 'p',
    uses_git: true,
    is_git_dev_locked: true,
    has_production_counterpart: false,
  }
  expect(toProject(locked)).toMatchObject({ isGitDevLocked: true, hasProductionCounterpart: false })
  const open = { id: 'p', is_git_dev_locked: false, has_production_counterpart: true }
  expect(toProject(open)).toMatchObject({ isGitDevLocked: false, hasProductionCounterpart: true })
  // Older Looker leaves both out: not locked as far as anyone can tell, pushed unknown.
  expect(toProject({ id: 'p' })).toMatchObject({
    isGitDevLocked: false,
    hasProductionCounterpart: null,
  })
})

test('a branch: every field Looker gives; gaps are false or unknown (null), never 0 or ""', () => {
  expect(
    toBranch(
      {
        name: 'dev-ada',
        is_production: true,
        personal: true,
        readonly: true,
        is_local: true,
        is_remote: true,
        ahead_count: 0,
        behind_count: 4,
        commit_at: 1700000000,
        ref: 'abc',
        remote_ref: 'def',
        message: 'note',
        owner_name: 'Ada',
        error: 'boom',
        can: { checkout: true },
      },
      'other'
    )
  ).toEqual({
    name: 'dev-ada',
    isCurrent: false,
    isProduction: true,
    isPersonal: true,
    isReadOnly: true,
    isLocal: true,
    isRemote: true,
    ahead: 0,
    behind: 4,
    commitAt: 1700000000,
    ref: 'abc',
    remoteRef: 'def',
    message: 'note',
    ownerName: 'Ada',
    error: 'boom',
    can: { checkout: true },
  })
  expect(
    toBranch({ name: 'x', ref: '', remote_ref: '', message: '', owner_name: '', error: '' }, 'x')
  ).toEqual({
    name: 'x',
    isCurrent: true,
    isProduction: false,
    isPersonal: false,
    isReadOnly: false,
    isLocal: false,
    isRemote: false,
    ahead: null,
    behind: null,
    commitAt: null,
    ref: null,
    remoteRef: null,
    message: null,
    ownerName: null,
    error: null,
    can: {},
  })
})

test('the state names the workspace Looker reports (or none) and the branch’s kind', () => {
  const state = (over: object) =>
    toProjectState('p', {
      workspace_id: 'production',
      git_status: 'clean',
      git_branch: remote,
      ...over,
    })
  expect(state({})).toMatchObject({
    projectId: 'p',
    workspaceId: 'production',
    branchKind: 'shared',
  })
  expect(state({ workspace_id: 'staging' }).workspaceId).toBeNull()
  expect(state({ git_branch: { ...remote, is_production: true, personal: true } }).branchKind).toBe(
    'production'
  )
  expect(state({ git_branch: undefined })).toMatchObject({ branch: null, git: { kind: 'noGit' } })
  expect(state({ git_status: undefined }).git).toEqual({
    kind: 'upToDate',
    ahead: 0,
    behind: 0,
    lookerStatus: null,
  })
})

test('a project without an id is named as such', () => {
  expect(() => toProject({ name: 'x' })).toThrow('Looker returned a project without an id.')
})

test('an import: remote with its URL and ref, or local; a nameless one is refused', () => {
  expect(
    toImportedProject({ name: 'hub', url: 'git@x:hub.git', ref: 'v1', is_remote: true })
  ).toEqual({ name: 'hub', url: 'git@x:hub.git', ref: 'v1', isRemote: true })
  expect(toImportedProject({ name: 'shop', url: '', ref: null })).toEqual({
    name: 'shop',
    url: null,
    ref: null,
    isRemote: false,
  })
  expect(() => toImportedProject({ url: 'x' })).toThrow(/an imported project without a name/)
})

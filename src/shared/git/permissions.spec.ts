import type { CurrentUser, Project } from '../../looker'
import { branchFixture } from '../../../test/fixtures'
import {
  deleteReason,
  GitAccess,
  pullReason,
  readOnlyReason,
  resetReason,
  switchReason,
} from './permissions'

const project: Project = {
  id: 'p',
  name: 'p',
  usesGit: true,
  productionBranchName: 'main',
  remoteUrl: null,
  pullRequestMode: 'off',
  validationRequired: false,
  allowWarnings: true,
  can: {},
  isGitDevLocked: false,
  hasProductionCounterpart: true,
}
const developer: CurrentUser = {
  id: '1',
  canDevelop: true,
  canDeploy: true,
}
const branch = branchFixture
const dev: GitAccess = { project, workspaceId: 'dev', user: developer }
const upToDate = { kind: 'upToDate', ahead: 0, behind: 0, lookerStatus: 'clean' } as const

test('a user without develop gets a read-only view that says why', () => {
  const viewer = { ...developer, canDevelop: false }
  expect(readOnlyReason({ ...dev, user: viewer })).toMatch(
    /do not include the "develop" permission/
  )
  expect(switchReason({ ...dev, user: viewer }, branch())).toMatch(/"develop"/)
})

test('production mode is read-only', () => {
  expect(deleteReason({ ...dev, workspaceId: 'production' }, branch())).toMatch(
    /Production Mode is read-only/
  )
})

test("Looker's can maps are followed where it gives them", () => {
  expect(readOnlyReason({ ...dev, project: { ...project, can: { update: false } } })).toBe(
    'Looker does not let you change this project.'
  )
  expect(switchReason(dev, branch({ can: { checkout: false } }))).toMatch(/does not let you/)
  expect(deleteReason(dev, branch({ can: { destroy: false } }))).toMatch(/does not let you/)
  expect(switchReason(dev, branch({ can: {} }))).toBeNull()
})

test('pull is offered only for a branch that is behind and would lose nothing', () => {
  expect(pullReason(dev, branch({ behind: 2 }), upToDate)).toBeNull()
  expect(pullReason(dev, branch({ behind: 2, ahead: 1 }), upToDate)).toMatch(/1 commit not/)
  expect(pullReason(dev, branch({ behind: 2 }), { ...upToDate, kind: 'uncommitted' })).toMatch(
    /uncommitted/
  )
  expect(pullReason(dev, branch({ isRemote: false, ahead: null, behind: null }), upToDate)).toMatch(
    /never pushed/
  )
  expect(pullReason(dev, branch(), upToDate)).toBe('Already up to date with the remote.')
})

// Every reason, in the order a person meets them: the first that applies is the one shown.
test('read-only: no git first, then the missing permission, then Production Mode, then Looker', () => {
  const noGit = { ...project, usesGit: false, can: { update: false } }
  const viewer = { ...developer, canDevelop: false }
  expect(readOnlyReason({ project: noGit, workspaceId: 'production', user: viewer })).toBe(
    'This project does not use git.'
  )
  expect(readOnlyReason({ ...dev, workspaceId: 'production', user: viewer })).toMatch(/"develop"/)
  expect(readOnlyReason({ ...dev, workspaceId: 'production' })).toBe(
    'Production Mode is read-only: turn on Development Mode to change branches.'
  )
  // roles unknown (Looker would not show them): Looker decides, nothing is refused here
  expect(readOnlyReason({ ...dev, user: null })).toBeNull()
  expect(readOnlyReason({ ...dev, user: { ...developer, canDevelop: null } })).toBeNull()
  expect(readOnlyReason({ ...dev, project: { ...project, can: { update: true } } })).toBeNull()
  expect(readOnlyReason(dev)).toBeNull()
})

test('switch: each reason in turn', () => {
  const ro = { ...dev, workspaceId: 'production' as const }
  expect(switchReason(ro, branch({ isCurrent: true }))).toMatch(/Production Mode/)
  expect(switchReason(dev, branch({ isCurrent: true, isProduction: true }))).toBe(
    'This is already the current branch.'
  )
  expect(switchReason(dev, branch({ isProduction: true, isReadOnly: true }))).toMatch(
    /does not check out the production branch/
  )
  expect(switchReason(dev, branch({ isReadOnly: true, can: { checkout: false } }))).toBe(
    'This branch is read-only for you.'
  )
  expect(switchReason(dev, branch({ can: { update: false } }))).toBe(
    'Looker does not let you check out this branch.'
  )
  expect(switchReason(dev, branch({ can: { checkout: true, update: true } }))).toBeNull()
})

test('delete: each reason in turn', () => {
  const ro = { ...dev, workspaceId: 'production' as const }
  expect(deleteReason(ro, branch({ isCurrent: true }))).toMatch(/Production Mode/)
  expect(deleteReason(dev, branch({ isCurrent: true, isProduction: true }))).toBe(
    'You cannot delete the branch you are on: switch to another first.'
  )
  expect(deleteReason(dev, branch({ isProduction: true, isPersonal: true }))).toBe(
    'The production branch cannot be deleted.'
  )
  expect(deleteReason(dev, branch({ isPersonal: true, isReadOnly: true }))).toBe(
    'Personal branches cannot be deleted.'
  )
  expect(deleteReason(dev, branch({ isReadOnly: true, can: { delete: false } }))).toBe(
    'This branch is read-only for you.'
  )
  expect(deleteReason(dev, branch({ can: { delete: false } }))).toBe(
    'Looker does not let you delete this branch.'
  )
  expect(deleteReason(dev, branch({ can: { destroy: true, delete: true } }))).toBeNull()
  expect(deleteReason(dev, branch())).toBeNull()
})

test('reset: each reason in turn; production needs no remote branch', () => {
  const ro = { ...dev, workspaceId: 'production' as const }
  expect(resetReason(ro, null, 'remote')).toMatch(/Production Mode/)
  expect(resetReason(dev, null, 'production')).toBe('Looker reports no current branch.')
  expect(resetReason(dev, branch({ isReadOnly: true, isRemote: false }), 'remote')).toBe(
    'The current branch is read-only for you.'
  )
  expect(resetReason(dev, branch({ isRemote: false }), 'remote')).toBe(
    'This branch was never pushed: there is no remote branch to reset to.'
  )
  expect(resetReason(dev, branch({ isRemote: false }), 'production')).toBeNull()
  expect(resetReason(dev, branch(), 'remote')).toBeNull()
})

test('pull: the reset’s reasons first, then Looker’s unread status, uncommitted work, local commits', () => {
  expect(pullReason(dev, null, upToDate)).toBe('Looker reports no current branch.')
  expect(pullReason({ ...dev, workspaceId: 'production' }, branch(), upToDate)).toMatch(
    /Production Mode/
  )
  expect(
    pullReason(dev, branch({ behind: 1 }), { ...upToDate, kind: 'unknown', lookerStatus: 'Fresh' })
  ).toBe(
    'Looker reports "Fresh", which may mean uncommitted changes that pulling would discard: use Reset to remote to see what would be lost.'
  )
  expect(
    pullReason(dev, branch({ behind: 1 }), { ...upToDate, kind: 'unknown', lookerStatus: null })
  ).toMatch(/^Looker reports "", which may mean/)
  expect(pullReason(dev, branch({ behind: 1 }), { ...upToDate, kind: 'conflict' })).toBe(
    'You have uncommitted changes that pulling would discard: use Reset to remote to see what would be lost.'
  )
  expect(pullReason(dev, branch({ behind: 1, ahead: 3 }), upToDate)).toBe(
    'This branch has 3 commits not on the remote that pulling would discard: use Reset to remote to see what would be lost.'
  )
  expect(pullReason(dev, branch({ behind: 1, ahead: null }), upToDate)).toBeNull()
  expect(pullReason(dev, branch({ behind: null }), upToDate)).toBe(
    'Already up to date with the remote.'
  )
})

test('while a visit holds the session in the other workspace, every git write says why it waits', () => {
  const visit = 'Unavailable while the comparison visits Development Mode: …'
  const held = { ...dev, visit }
  expect(readOnlyReason(held)).toBe(visit)
  expect(switchReason(held, branch({ name: 'feature/x' }))).toBe(visit)
  expect(deleteReason(held, branch({ name: 'feature/x' }))).toBe(visit)
})

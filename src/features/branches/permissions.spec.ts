/** @jest-environment node */
import type { CurrentUser, Project } from '../../looker'
import { branchFixture } from '../../../test/fixtures'
import { deleteReason, GitContext, pullReason, readOnlyReason, switchReason } from './permissions'

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
}
const developer: CurrentUser = {
  id: '1',
  displayName: 'Ada',
  canDevelop: true,
  canDeploy: true,
  canSeeLookml: true,
}
const branch = branchFixture
const dev: GitContext = { project, workspaceId: 'dev', user: developer }
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

/** Why a deploy is refused when the branch itself is the problem: no git, or production's own. */
import type { CurrentUser, Project, ProjectState } from '../../looker'
import { branchFixture } from '../../../test/fixtures'
import { deployRoute } from './deployPolicy'

const project: Project = {
  id: 'p',
  name: 'p',
  usesGit: true,
  productionBranchName: 'main',
  remoteUrl: 'git@github.com:acme/p.git',
  pullRequestMode: 'off',
  validationRequired: false,
  allowWarnings: false,
  can: {},
  isGitDevLocked: false,
  hasProductionCounterpart: true,
}
const state: ProjectState = {
  projectId: 'p',
  workspaceId: 'dev',
  branch: branchFixture({ name: 'feature/x', isCurrent: true, ref: 'b'.repeat(40) }),
  branchKind: 'shared',
  git: { kind: 'upToDate', ahead: 0, behind: 0, lookerStatus: 'clean' },
}
const production = branchFixture({ name: 'main', isProduction: true, remoteRef: 'a'.repeat(40) })
const ada: CurrentUser = { id: '1', canDevelop: true, canDeploy: true }

const reasons = (p: Partial<Project>, s: Partial<ProjectState>) => {
  const route = deployRoute(
    { project: { ...project, ...p }, state: { ...state, ...s }, production },
    ada,
    'passed'
  )
  return route.kind === 'deploy' ? route.reasons : route.kind
}

test('a branch that can be deployed has no reason against it', () => {
  expect(reasons({}, {})).toEqual([])
})

test('a project without git, or without a current branch, cannot be deployed from here', () => {
  expect(reasons({ usesGit: false }, {})).toEqual(['This project does not use git.'])
  expect(reasons({}, { branch: null })).toEqual(['This project does not use git.'])
})

test('on the production branch: switch to the branch to deploy', () => {
  const onProduction = branchFixture({
    name: 'main',
    isCurrent: true,
    isProduction: true,
    ref: 'c'.repeat(40),
  })
  expect(reasons({}, { branch: onProduction })).toEqual([
    'You are on the production branch: switch to the branch to deploy.',
  ])
})

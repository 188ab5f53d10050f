import type { CurrentUser, Project, ProjectState } from '../../looker'
import { branchFixture } from '../../../test/fixtures'
import { deployRoute } from './deployPolicy'
import type { ShipProject } from './useShipProject'

const project: Project = {
  id: 'p',
  name: 'p',
  usesGit: true,
  productionBranchName: 'main',
  remoteUrl: 'git@github.com:acme/p.git',
  pullRequestMode: 'off',
  validationRequired: true,
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
const ship: ShipProject = { project, state, production }
const ada: CurrentUser = {
  id: '1',
  canDevelop: true,
  canDeploy: true,
}

test('with validation required, only a passed validation on this commit lets the deploy through', () => {
  expect(deployRoute(ship, ada, 'passed')).toEqual({ kind: 'deploy', reasons: [] })
  for (const [status, why] of [
    ['failed', 'the LookML validation failed'],
    ['stale', 'the last LookML validation ran on an older commit'],
    ['not run', 'the LookML has not been validated on this commit'],
  ] as const) {
    expect(deployRoute(ship, ada, status)).toEqual({
      kind: 'deploy',
      reasons: [`This project requires LookML validation to pass before a deploy, and ${why}.`],
    })
  }
})

test('without validation required, the validation does not block', () => {
  const free = { ...ship, project: { ...project, validationRequired: false } }
  expect(deployRoute(free, ada, 'failed')).toEqual({ kind: 'deploy', reasons: [] })
})

test('uncommitted changes, nothing new, and no deploy permission each say why', () => {
  const dirty = {
    ...ship,
    state: { ...state, git: { ...state.git, kind: 'uncommitted' as const } },
  }
  expect(deployRoute(dirty, { ...ada, canDeploy: false }, 'passed')).toEqual({
    kind: 'deploy',
    reasons: [
      'Your Looker roles do not include the deploy permission: ask a Looker admin, or someone who has it, to deploy.',
      'The branch has uncommitted changes: commit or discard them in the IDE first.',
    ],
  })
  const same = { ...ship, production: { ...production, remoteRef: state.branch!.ref } }
  expect(deployRoute(same, ada, 'passed')).toEqual({
    kind: 'deploy',
    reasons: ['Production already runs this commit: there is nothing to deploy.'],
  })
})

test('pull requests required: a pull request instead of a deploy', () => {
  const pr = { ...ship, project: { ...project, pullRequestMode: 'required' as const } }
  expect(deployRoute(pr, ada, 'passed')).toEqual({ kind: 'pullRequest' })
})

test('a locked development repository: no deploy, and the reason is Looker’s lock', () => {
  const locked = { ...ship, project: { ...project, isGitDevLocked: true } }
  const route = deployRoute(locked, ada, 'passed')
  expect(route).toEqual({
    kind: 'deploy',
    reasons: [
      'Looker reports this project’s development git repository as locked: every git action fails until it is unlocked.',
    ],
  })
})

// Why a deploy is refused when the branch itself is the problem: no git, or production's own.
const reasons = (p: Partial<Project>, s: Partial<ProjectState>) => {
  const route = deployRoute(
    {
      project: { ...project, validationRequired: false, ...p },
      state: { ...state, ...s },
      production,
    },
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

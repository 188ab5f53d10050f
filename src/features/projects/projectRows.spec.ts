import { ApiError, type GitStateKind, type Project, type ProjectState } from '../../looker'
import { stateKind, summarizeProjects, summaryText, visibleProjects } from './projectRows'
import type { ProjectStates } from './useProjectStates'

const project = (name: string, usesGit = true): Project => ({
  id: name,
  name,
  usesGit,
  productionBranchName: 'main',
  remoteUrl: null,
  pullRequestMode: 'off',
  validationRequired: false,
  allowWarnings: true,
  can: {},
  isGitDevLocked: false,
  hasProductionCounterpart: true,
})
const state = (kind: GitStateKind): ProjectStates[string] => ({
  status: 'success',
  value: {
    projectId: 'x',
    workspaceId: 'dev',
    branch: null,
    branchKind: null,
    git: { kind, ahead: null, behind: null, lookerStatus: null },
  } satisfies ProjectState,
})
const failed: ProjectStates[string] = { status: 'error', error: new ApiError('no', 'looker') }

const projects = [
  project('Beta'),
  project('alpha'),
  project('gamma'),
  project('delta'),
  project('plain', false),
  project('epsilon'),
  project('zeta'),
]
const states: ProjectStates = {
  Beta: state('upToDate'),
  alpha: state('behind'),
  gamma: state('conflict'),
  delta: state('diverged'),
  epsilon: { status: 'loading' },
  zeta: failed,
}

test('stateKind: no git, the loaded kind, or null while loading / after a failure', () => {
  expect(stateKind(project('plain', false), {})).toBe('noGit')
  expect(stateKind(projects[0]!, states)).toBe('upToDate')
  expect(stateKind(project('epsilon'), states)).toBeNull()
  expect(stateKind(project('zeta'), states)).toBeNull()
  expect(stateKind(project('unread'), states)).toBeNull()
})

test('by name: A to Z whatever the case; the filter matches any case, trimmed', () => {
  const names = (filter: string) =>
    visibleProjects(projects, states, filter, 'name').map((p) => p.name)
  expect(names('')).toEqual(['alpha', 'Beta', 'delta', 'epsilon', 'gamma', 'plain', 'zeta'])
  expect(names('  ETA ')).toEqual(['Beta', 'zeta'])
  expect(names('nothing')).toEqual([])
})

test('by state: most urgent first, unknown states last, ties by name', () => {
  const names = visibleProjects(
    [...projects, project('also-behind')],
    { ...states, 'also-behind': state('behind') },
    '',
    'state'
  ).map((p) => p.name)
  expect(names).toEqual([
    'gamma',
    'delta',
    'alpha',
    'also-behind',
    'Beta',
    'plain',
    'epsilon',
    'zeta',
  ])
})

test('the summary counts each kind; diverged counts as behind; pending and failed are said', () => {
  const s = summarizeProjects([...projects, project('unread'), project('dirty')], {
    ...states,
    dirty: state('uncommitted'),
  })
  expect(s).toEqual({
    total: 9,
    installedApps: 0,
    uncommitted: 1,
    behind: 2,
    conflict: 1,
    pending: 2,
    failed: 1,
  })
  expect(summaryText(s)).toBe(
    '9 projects: 1 with uncommitted changes, 2 behind, 1 in conflict (2 still loading, 1 could not be read)'
  )
  expect(summaryText({ ...s, total: 1, pending: 0, failed: 0 })).toBe(
    '1 project: 1 with uncommitted changes, 2 behind, 1 in conflict'
  )
  expect(summaryText({ ...s, pending: 0 })).toMatch(/\(1 could not be read\)$/)
})

test('projects still loading are pending, not failed; failed ones are not pending', () => {
  const loading = { status: 'loading' } as const
  expect(summarizeProjects([project('a'), project('b')], { a: loading, b: loading })).toMatchObject(
    {
      pending: 2,
      failed: 0,
    }
  )
  expect(summarizeProjects([project('a'), project('b')], { a: failed, b: failed })).toMatchObject({
    pending: 0,
    failed: 2,
  })
})

test('installed apps are counted apart, never as behind, uncommitted or loading', () => {
  const apps = [project('marketplace_a'), project('marketplace_b'), project('own')]
  const read: ProjectStates = {
    marketplace_a: state('behind'),
    marketplace_b: state('uncommitted'),
    own: state('behind'),
  }
  expect(stateKind(apps[0]!, read)).toBe('noGit')
  expect(summaryText(summarizeProjects(apps, read))).toBe(
    '1 project and 2 installed apps: 0 with uncommitted changes, 1 behind, 0 in conflict'
  )
  expect(summaryText(summarizeProjects(apps, { own: state('upToDate') }))).not.toMatch(/loading/)
})

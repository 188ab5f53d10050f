import type { Project } from '../../looker'
import { branchFixture } from '../../../test/fixtures'
import {
  filterRows,
  healthRows,
  sortHealthRows,
  type HealthFilter,
  type HealthRow,
} from './healthRows'

const DAY = 86400
const NOW = 1_800_000_000
const project: Project = {
  id: 'shop',
  name: 'shop',
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
const access = { project, workspaceId: 'dev' as const, user: null }

function rows(): HealthRow[] {
  return healthRows(
    access,
    [
      branchFixture({ name: 'main', isProduction: true, commitAt: NOW - 400 * DAY }),
      branchFixture({ name: 'feature/now', isCurrent: true, commitAt: NOW - 200 * DAY }),
      branchFixture({ name: 'dev-ada-x1y2', isPersonal: true, commitAt: NOW - 300 * DAY }),
      branchFixture({ name: 'feature/old', commitAt: NOW - 120 * DAY, ahead: 1, behind: 2 }),
      branchFixture({ name: 'scratch', isRemote: false, ahead: null, commitAt: NOW - 91 * DAY }),
      branchFixture({ name: 'feature/new', commitAt: NOW - 3 * DAY }),
      branchFixture({ name: 'feature/undated', commitAt: null }),
    ],
    NOW
  )
}

const all: HealthFilter = { maxAgeDays: null, projectId: '', kind: '' }

test('each branch with its age in whole days, where it is and its kind', () => {
  const old = rows().find((r) => r.branch.name === 'feature/old')!
  expect(old).toMatchObject({ ageDays: 120, where: 'both', kind: 'shared', blocked: null })
  expect(rows().find((r) => r.branch.name === 'scratch')).toMatchObject({ where: 'local' })
  expect(rows().find((r) => r.branch.name === 'feature/undated')!.ageDays).toBeNull()
})

test('production, current and personal branches cannot be selected, each with its reason', () => {
  const reasons = Object.fromEntries(rows().map((r) => [r.branch.name, r.blocked]))
  expect(reasons).toMatchObject({
    main: 'The production branch cannot be deleted.',
    'feature/now': 'You cannot delete the branch you are on: switch to another first.',
    'dev-ada-x1y2': 'Personal branches cannot be deleted.',
    'feature/old': null,
  })
})

test('a project in Production Mode: nothing can be selected, with the reason', () => {
  const prod = healthRows({ ...access, workspaceId: 'production' }, [branchFixture()], NOW)
  expect(prod[0]!.blocked).toMatch(/Production Mode is read-only/)
})

test('a locked repository: nothing can be selected, and the rows say why', () => {
  const locked = healthRows(
    { ...access, project: { ...project, isGitDevLocked: true } },
    [branchFixture()],
    NOW
  )
  expect(locked[0]!.blocked).toBe(
    'Looker reports this project’s development git repository as locked: every git action fails until it is unlocked.'
  )
})

test('by default only branches without a commit in 90 days, oldest first', () => {
  const names = filterRows(sortHealthRows(rows()), { ...all, maxAgeDays: 90 }).map(
    (r) => r.branch.name
  )
  expect(names).toEqual(['main', 'dev-ada-x1y2', 'feature/now', 'feature/old', 'scratch'])
})

test('filters by project and kind; any age keeps undated branches', () => {
  const other = healthRows(
    { ...access, project: { ...project, id: 'fin', name: 'fin' } },
    [branchFixture({ name: 'feature/fin', commitAt: NOW - 100 * DAY })],
    NOW
  )
  const both = [...rows(), ...other]
  expect(filterRows(both, { ...all, projectId: 'fin' }).map((r) => r.branch.name)).toEqual([
    'feature/fin',
  ])
  expect(filterRows(both, { ...all, kind: 'personal' }).map((r) => r.branch.name)).toEqual([
    'dev-ada-x1y2',
  ])
  expect(filterRows(both, all).map((r) => r.branch.name)).toContain('feature/undated')
})

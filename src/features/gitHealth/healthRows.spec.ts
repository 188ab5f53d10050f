import type { Project } from '../../looker'
import { branchFixture } from '../../../test/fixtures'
import {
  filterRows,
  healthRows,
  sortHealthRows,
  updateSorted,
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

test('rows kept sorted as projects’ answers arrive, are read again or go: the same order as one sort', () => {
  const other: Project = { ...project, id: 'ads', name: 'ads' }
  const of = (p: Project, ages: number[]) =>
    ages.map((a, i) => branchFixture({ name: `b${i}`, commitAt: NOW - a * DAY }))
  const shop1 = { branches: of(project, [5, 90, 400, 90]) }
  const ads1 = { branches: of(other, [90, 1, 400]) }
  const ctx = { now: NOW, access: (p: Project) => ({ ...access, project: p }) }
  const full = (reads: Array<[Project, { branches: ReturnType<typeof of> }]>) =>
    sortHealthRows(reads.flatMap(([p, r]) => healthRows(ctx.access(p), r.branches, NOW)))
  const names = (rs: readonly HealthRow[]) => rs.map((r) => r.key)

  let state = updateSorted(null, [[project, shop1]], ctx)
  expect(names(state.sorted)).toEqual(names(full([[project, shop1]])))
  state = updateSorted(
    state,
    [
      [project, shop1],
      [other, ads1],
    ],
    ctx
  )
  expect(names(state.sorted)).toEqual(
    names(
      full([
        [project, shop1],
        [other, ads1],
      ])
    )
  )
  const shop2 = { branches: of(project, [7, 700]) }
  state = updateSorted(
    state,
    [
      [project, shop2],
      [other, ads1],
    ],
    ctx
  )
  expect(names(state.sorted)).toEqual(
    names(
      full([
        [project, shop2],
        [other, ads1],
      ])
    )
  )
  state = updateSorted(state, [[other, ads1]], ctx)
  expect(names(state.sorted)).toEqual(names(full([[other, ads1]])))
  // Unchanged answers: the same list, nothing sorted again.
  expect(updateSorted(state, [[other, ads1]], ctx).sorted).toBe(state.sorted)
})

test('a remote-only branch is "remote"; production is its own kind; each row has its own key', () => {
  const [remote, main] = healthRows(
    access,
    [
      branchFixture({ name: 'feature/theirs', isLocal: false, isRemote: true }),
      branchFixture({ name: 'main', isProduction: true }),
    ],
    NOW
  )
  expect(remote).toMatchObject({ where: 'remote', kind: 'shared', key: 'shop\u0000feature/theirs' })
  expect(main).toMatchObject({ where: 'both', kind: 'production', key: 'shop\u0000main' })
})

test('the age filter keeps branches older than the limit, not those exactly at it', () => {
  const aged = healthRows(
    access,
    [90, 91].map((days) => branchFixture({ name: `b${days}`, commitAt: NOW - days * DAY })),
    NOW
  )
  expect(filterRows(aged, { ...all, maxAgeDays: 90 }).map((r) => r.branch.name)).toEqual(['b91'])
})

test('a branch with a commit today sorts before an undated one', () => {
  const today = healthRows(
    access,
    [
      branchFixture({ name: 'a-undated', commitAt: null }),
      branchFixture({ name: 'z-today', commitAt: NOW }),
    ],
    NOW
  )
  expect(sortHealthRows(today).map((r) => r.branch.name)).toEqual(['z-today', 'a-undated'])
})

test('new rows merge in among several kept rows that sort after them', () => {
  const other: Project = { ...project, id: 'ads', name: 'ads' }
  const ctx = { now: NOW, access: (p: Project) => ({ ...access, project: p }) }
  const aged = (...ages: number[]) => ({
    branches: ages.map((a, i) => branchFixture({ name: `b${i}`, commitAt: NOW - a * DAY })),
  })
  const shop = aged(500, 3, 2, 1)
  const ads = aged(400)
  let state = updateSorted(null, [[project, shop]], ctx)
  state = updateSorted(
    state,
    [
      [project, shop],
      [other, ads],
    ],
    ctx
  )
  expect(state.sorted.map((r) => [r.project.id, r.ageDays])).toEqual([
    ['shop', 500],
    ['ads', 400],
    ['shop', 3],
    ['shop', 2],
    ['shop', 1],
  ])
  // Nothing new: the very same state comes back.
  const again = updateSorted(
    state,
    [
      [project, shop],
      [other, ads],
    ],
    ctx
  )
  expect(again).toBe(state)
})

/**
 * The LookerApi over the real SDK, the jest host and the fake Looker, without React: each method
 * returns the domain value Looker's answer maps to, and each failure is an ApiError with Looker's
 * message. Fast, so mutation testing (`npm run mutate`) can afford it.
 */
import { sleep } from '../shared/abort'
import { apiOverFake } from '../../test/apiOverFake'
import type { FakeLooker } from '../../test/fakeLooker'
import { ApiError } from './ApiError'
import type { LookerApi } from './api'
import type { QuerySpec, Row } from './queryTypes'

let looker: FakeLooker
let api: LookerApi
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ looker, api, cleanup } = await apiOverFake({ queryOptions: { slowQueryMs: 0 } }))
})
afterEach(() => cleanup())

const spec: QuerySpec = {
  model: 'ecommerce',
  explore: 'orders',
  fields: ['orders.status', 'orders.count'],
  filters: {},
  sorts: ['orders.status desc'],
  limit: 3,
}

async function rowsOf(taskId: string): Promise<Row[]> {
  for (;;) {
    const r = await api.getQueryTaskResults(taskId)
    if (r.done) return r.rows
    await sleep(5)
  }
}

test('session: reads, switches and reports the user who may develop', async () => {
  expect(await api.getSession()).toEqual({ workspaceId: 'production' })
  expect(await api.switchWorkspace('dev')).toEqual({ workspaceId: 'dev' })
  expect(await api.getSession()).toEqual({ workspaceId: 'dev' })
  expect(await api.getCurrentUser()).toMatchObject({ canDevelop: true })
  const { api: vic } = await apiOverFake({ looker, user: 'vic' })
  expect(await vic.getCurrentUser()).toMatchObject({ canDevelop: false })
})

test('projects: the list, one project and its state in each workspace', async () => {
  const projects = await api.listProjects()
  expect(projects.map((p) => p.id)).toEqual(expect.arrayContaining(['ecommerce', 'inventory']))
  expect(await api.getProject('inventory')).toMatchObject({
    id: 'inventory',
    usesGit: true,
    pullRequestMode: 'required',
    validationRequired: true,
    allowWarnings: false,
  })
  expect(await api.getProjectState('ecommerce')).toMatchObject({
    projectId: 'ecommerce',
    workspaceId: 'production',
    branchKind: 'production',
    branch: { name: 'main', isProduction: true },
  })
  await api.switchWorkspace('dev')
  expect(await api.getProjectState('ecommerce')).toMatchObject({
    workspaceId: 'dev',
    branchKind: 'shared',
    branch: { name: 'feature/net-revenue', isCurrent: true },
    git: { kind: 'upToDate' },
  })
})

test('branches: listed with the current one marked; create from a ref, switch, delete', async () => {
  await api.switchWorkspace('dev')
  const { state, branches } = await api.getBranches('ecommerce')
  expect(state.branch?.name).toBe('feature/net-revenue')
  expect(branches.filter((b) => b.isCurrent).map((b) => b.name)).toEqual(['feature/net-revenue'])
  const main = branches.find((b) => b.name === 'main')!

  const created = await api.createBranch('ecommerce', 'from-main', 'main')
  expect(created).toMatchObject({ name: 'from-main', isCurrent: true, commitAt: main.commitAt })
  const fromHead = await api.createBranch('ecommerce', 'from-head')
  expect(fromHead.commitAt).toBe(main.commitAt) // HEAD was from-main
  await api.switchBranch('ecommerce', 'feature/net-revenue')
  expect((await api.getProjectState('ecommerce')).branch?.name).toBe('feature/net-revenue')
  await api.deleteBranch('ecommerce', 'from-head')
  const after = (await api.getBranches('ecommerce')).branches.map((b) => b.name)
  expect(after).toContain('from-main')
  expect(after).not.toContain('from-head')
})

test('resets: to the remote and to production, on the current branch', async () => {
  await api.switchWorkspace('dev')
  await api.resetToRemote('ecommerce') // feature/net-revenue, pushed
  await api.resetToProduction('ecommerce')
  const ops = looker.log.map((e) => e.operation)
  expect(ops).toEqual(
    expect.arrayContaining(['reset_project_to_remote', 'reset_project_to_production'])
  )
  expect(looker.log.filter((e) => e.operation?.startsWith('reset_')).map((e) => e.status)).toEqual([
    204, 204,
  ])
})

test('a failure is an ApiError with Looker’s message, status and documentation link', async () => {
  const error = await api.getProject('nope').catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ApiError)
  expect(error).toMatchObject({ status: 404, message: expect.stringMatching(/not found/i) })
  expect((error as ApiError).documentationUrl).toMatch(/^https:\/\//)
  looker.fail('update_git_branch', 422, 'Nope')
  await api.switchWorkspace('dev')
  await expect(api.switchBranch('ecommerce', 'main')).rejects.toMatchObject({
    status: 422,
    message: 'Nope',
  })
})

test('models and explores: only models with explores; fields grouped by kind', async () => {
  const models = await api.listModels()
  expect(models.length).toBeGreaterThan(0)
  expect(models.every((m) => m.explores.length > 0)).toBe(true)
  const ecommerce = models.find((m) => m.name === 'ecommerce')!
  expect(ecommerce.projectName).toBe('ecommerce')
  const explore = await api.getExplore('ecommerce', 'orders')
  expect(explore).toMatchObject({ model: 'ecommerce', name: 'orders', projectName: 'ecommerce' })
  expect(explore.dimensions.map((f) => f.name)).toContain('orders.status')
  expect(explore.measures.map((f) => f.name)).toContain('orders.count')
  expect(explore.dimensions.every((f) => f.category === 'dimension')).toBe(true)
  looker.answer('all_lookml_models', [])
  expect(await api.listModels()).toEqual([])
})

test('a query: sorts, filters and limit reach Looker; SQL and rows come back', async () => {
  const id = await api.createQuery({ ...spec, filters: { 'orders.status': '-cancelled' } })
  expect(id).toMatch(/\S/)
  const sql = await api.getSql(id, 'production')
  expect(sql).toMatch(/ORDER BY\s+1 DESC/)
  expect(sql).toMatch(/LIMIT 3/)
  expect(sql).toMatch(/cancelled/)
  const task = await api.startQueryTask(id, 'production')
  expect(task.id).toMatch(/\S/)
  expect(['added', 'running', 'complete']).toContain(task.status)
  expect((await api.getQueryTask(task.id)).id).toBe(task.id)
  const rows = await rowsOf(task.id)
  const statuses = rows.map((r) => r['orders.status'])
  expect(statuses).toEqual([...statuses].sort().reverse())
  expect(rows.length).toBeLessThanOrEqual(3)
  const queries = looker.log.filter((e) => e.operation === 'create_query_task')
  expect(queries.map((e) => e.queryWorkspace)).toEqual(['production'])
})

test('a dev run sends no force_production: it runs on the session’s development models', async () => {
  await api.switchWorkspace('dev')
  const id = await api.createQuery({ ...spec, sorts: [], filters: {} })
  expect(await api.getSql(id, 'dev')).not.toMatch(/ORDER BY\s+1 DESC/)
  const task = await api.startQueryTask(id, 'dev')
  await rowsOf(task.id)
  const prod = await api.startQueryTask(id, 'production')
  await rowsOf(prod.id)
  expect(
    looker.log.filter((e) => e.operation === 'create_query_task').map((e) => e.queryWorkspace)
  ).toEqual(['dev', 'production'])
})

test('data tests: listed, run one or all, with Looker’s verdicts', async () => {
  const tests = await api.listDataTests('ecommerce')
  expect(tests.map((t) => t.name)).toEqual(['revenue_is_positive', 'revenue_matches_gross'])
  expect(tests[0]).toMatchObject({ modelName: 'ecommerce', exploreName: 'orders' })
  const all = await api.runDataTests('ecommerce')
  expect(all.map((r) => [r.testName, r.success])).toEqual([
    ['revenue_is_positive', true],
    ['revenue_matches_gross', true],
  ])
  const one = await api.runDataTests('ecommerce', 'revenue_is_positive')
  expect(one.map((r) => r.testName)).toEqual(['revenue_is_positive'])
})

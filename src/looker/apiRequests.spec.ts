/**
 * What each api method sends to Looker, and the answers it tolerates, over the real SDK, the jest
 * host and the fake Looker (no React): the parameters a person's choices become, Looker's 403/404
 * that mean "none" rather than failure, and answers the app cannot use.
 */
import { apiOverFake } from '../../test/apiOverFake'
import { requestsOf, type FakeLooker } from '../../test/fakeLooker'
import type { LookerApi } from './api'
import type { QuerySpec } from './queryTypes'

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
  sorts: [],
  limit: 7,
}

test('a query without filters or sorts sends neither; with them, both; the limit as text', async () => {
  const sent = requestsOf(looker, 'create_query')
  await api.createQuery(spec)
  await api.createQuery({
    ...spec,
    filters: { 'orders.status': 'complete' },
    sorts: ['orders.count'],
  })
  expect(sent.map((r) => r.body)).toEqual([
    { model: 'ecommerce', view: 'orders', fields: ['orders.status', 'orders.count'], limit: '7' },
    {
      model: 'ecommerce',
      view: 'orders',
      fields: ['orders.status', 'orders.count'],
      filters: { 'orders.status': 'complete' },
      sorts: ['orders.count'],
      limit: '7',
    },
  ])
})

test('a query Looker creates without an id is an error, not an undefined id', async () => {
  looker.answer('create_query', { model: 'ecommerce' })
  await expect(api.createQuery(spec)).rejects.toMatchObject({
    name: 'ApiError',
    message: 'Looker created the query without an id.',
  })
})

test('production forces production models; development sends no flag at all', async () => {
  const sql = requestsOf(looker, 'run_query')
  const tasks = requestsOf(looker, 'create_query_task')
  const id = await api.createQuery(spec)
  await api.getSql(id, 'production')
  await api.getSql(id, 'dev')
  await api.startQueryTask(id, 'production')
  await api.startQueryTask(id, 'dev')
  expect(sql.map((r) => [r.path, r.query?.force_production])).toEqual([
    [`/queries/${id}/run/sql`, 'true'],
    [`/queries/${id}/run/sql`, undefined],
  ])
  expect(tasks.map((r) => r.query?.force_production)).toEqual(['true', undefined])
  expect(tasks.map((r) => r.body)).toEqual([
    { query_id: id, result_format: 'json_detail' },
    { query_id: id, result_format: 'json_detail' },
  ])
})

test('models: hidden ones are not asked for', async () => {
  const sent = requestsOf(looker, 'all_lookml_models')
  await api.listModels()
  expect(sent.map((r) => r.query?.exclude_hidden)).toEqual(['true'])
})

test('cancelling a task that already finished (Looker: 404) is no failure; other refusals are', async () => {
  looker.fail('kill_query', 404, 'Not found', 1)
  await expect(api.cancelQueryTask('t1')).resolves.toBeUndefined()
  looker.fail('kill_query', 500, 'Broken', 1)
  await expect(api.cancelQueryTask('t1')).rejects.toMatchObject({ status: 500, message: 'Broken' })
})

test('one data test of one model is asked for by name; all of them without', async () => {
  const sent = requestsOf(looker, 'run_lookml_test')
  await api.runDataTests('ecommerce', 'revenue_is_positive', 'ecommerce')
  await api.runDataTests('ecommerce')
  expect(sent.map((r) => [r.query?.test, r.query?.model])).toEqual([
    ['revenue_is_positive', 'ecommerce'],
    [undefined, undefined],
  ])
})

test('projects: a user Looker refuses them (403) sees none; another failure is an error', async () => {
  looker.fail('all_projects', 403, 'Forbidden', 1)
  await expect(api.listProjects()).resolves.toEqual([])
  looker.fail('all_projects', 404, 'Gone', 1)
  await expect(api.listProjects()).rejects.toMatchObject({ status: 404, message: 'Gone' })
})

test('a new branch starts from the ref given, or from HEAD without one', async () => {
  await api.switchWorkspace('dev')
  const sent = requestsOf(looker, 'create_git_branch')
  await api.createBranch('ecommerce', 'from-main', 'main')
  await api.createBranch('ecommerce', 'from-head')
  expect(sent.map((r) => r.body)).toEqual([
    { name: 'from-main', ref: 'main' },
    { name: 'from-head' },
  ])
})

test('branch writes name the project and the branch', async () => {
  await api.switchWorkspace('dev')
  const switched = requestsOf(looker, 'update_git_branch')
  const deleted = requestsOf(looker, 'delete_git_branch')
  await api.createBranch('ecommerce', 'temp/x', 'main')
  await api.switchBranch('ecommerce', 'main')
  await api.deleteBranch('ecommerce', 'temp/x')
  expect(switched.map((r) => [r.path, r.body])).toEqual([
    ['/projects/ecommerce/git_branch', { name: 'main' }],
  ])
  expect(deleted.map((r) => r.path)).toEqual(['/projects/ecommerce/git_branch/temp%2Fx'])
})

test('the current user: roles Looker refuses (403, 404) leave permissions unknown', async () => {
  looker.fail('user_roles', 403, 'Forbidden', 1)
  expect(await api.getCurrentUser()).toMatchObject({ canDevelop: null, canDeploy: null })
  looker.fail('user_roles', 404, 'Not found', 1)
  expect(await api.getCurrentUser()).toMatchObject({ canDevelop: null, canDeploy: null })
  looker.fail('user_roles', 422, 'Bad', 1)
  await expect(api.getCurrentUser()).rejects.toMatchObject({ status: 422, message: 'Bad' })
  expect(await api.getCurrentUser()).toMatchObject({ canDevelop: true, canDeploy: true })
})

test('a user without an id is Looker’s gap; roles are not asked for', async () => {
  const roles = requestsOf(looker, 'user_roles')
  looker.answer('me', { display_name: 'Nobody' })
  await expect(api.getCurrentUser()).rejects.toMatchObject({
    kind: 'unexpected',
    message: 'Looker returned the current user without an id.',
  })
  expect(roles).toEqual([])
})

test('switching sends the workspace asked for and reads Looker’s answer', async () => {
  const sent = requestsOf(looker, 'update_session')
  expect(await api.switchWorkspace('dev')).toEqual({ workspaceId: 'dev' })
  expect(sent.map((r) => r.body)).toEqual([{ workspace_id: 'dev' }])
  looker.answer('update_session', ['dev'])
  await expect(api.switchWorkspace('dev')).rejects.toMatchObject({
    kind: 'unexpected',
    message: expect.stringMatching(/answered update_session with \["dev"\] where a session/),
  })
})

test('models without a visible explore are left out', async () => {
  looker.answer('all_lookml_models', [
    { name: 'empty', project_name: 'ecommerce', explores: [] },
    { name: 'hidden', project_name: 'ecommerce', explores: [{ name: 'x', hidden: true }] },
    { name: 'shop', project_name: 'ecommerce', explores: [{ name: 'orders' }] },
  ])
  expect((await api.listModels()).map((m) => m.name)).toEqual(['shop'])
})

test('branches of a project without git: no current branch, none marked current', async () => {
  const { state, branches } = await api.getBranches('sandbox')
  expect(state.branch).toBeNull()
  expect(branches.filter((b) => b.isCurrent)).toEqual([])
})

/** @jest-environment node */
import { matchOperation } from '../host/operations'
import { createFakeLooker, type FakeLookerCore } from './index'
import { createResponseValidator } from './oasValidator'
import { clientFor, enter, type FakeClient } from './testing'
import type { FakeResponse } from './types'

type Who = 'ada' | 'adaDev' | 'vic' | 'anon'
interface Scenario {
  who: Who
  method: string
  path: string
  status: number
  body?: unknown
  query?: Record<string, string>
}

const s = (
  who: Who,
  method: string,
  path: string,
  status: number,
  body?: unknown,
  query?: Record<string, string>
): Scenario => ({ who, method, path, status, body, query })

const ADA = 'dev-ada-lovelace-4d59'
const QUERY = { model: 'ecommerce', view: 'orders', fields: ['orders.count'] }

/** In order: later scenarios rely on the state earlier ones leave. */
const SCENARIOS: Scenario[] = [
  s('anon', 'POST', '/login', 200, { client_id: 'ada', client_secret: 'ada-secret' }),
  s('anon', 'POST', '/login', 404, { client_id: 'ada', client_secret: 'nope' }),
  s('anon', 'GET', '/session', 401),
  s('ada', 'GET', '/session', 200),
  s('ada', 'PATCH', '/session', 422, { workspace_id: 'foo' }),
  s('vic', 'PATCH', '/session', 403, { workspace_id: 'dev' }),
  s('adaDev', 'PATCH', '/session', 200, { workspace_id: 'dev' }),
  s('ada', 'GET', '/workspaces', 200),
  s('ada', 'GET', '/workspaces/dev', 200),
  s('vic', 'GET', '/workspaces/dev', 404),
  s('ada', 'GET', '/user', 200),
  s('ada', 'GET', '/users/1/roles', 200),
  s('ada', 'GET', '/users/2/roles', 404),
  s('ada', 'GET', '/projects', 200),
  s('ada', 'GET', '/projects/inventory', 200),
  s('ada', 'GET', '/projects/nope', 404),
  s('ada', 'GET', '/projects/ecommerce/current_workspace', 200),
  s('adaDev', 'GET', '/projects/marketing/current_workspace', 200),
  s('adaDev', 'GET', '/projects/sandbox/current_workspace', 200),
  s('ada', 'GET', '/projects/ecommerce/git_branches', 200),
  s('adaDev', 'GET', '/projects/finance/git_branches', 200),
  s('ada', 'GET', '/projects/ecommerce/git_branch', 200),
  s('adaDev', 'GET', '/projects/ecommerce/git_branch', 200),
  s('adaDev', 'GET', '/projects/sandbox/git_branch', 404),
  s('adaDev', 'GET', '/projects/ecommerce/git_branch/feature%2Fold-experiment', 200),
  s('adaDev', 'GET', '/projects/ecommerce/git_branch/nope', 404),
  s('ada', 'PUT', '/projects/ecommerce/git_branch', 400, { name: ADA }),
  s('adaDev', 'PUT', '/projects/marketing/git_branch', 422, { name: 'dev-grace-hopper-3f32' }),
  s('adaDev', 'PUT', '/projects/finance/git_branch', 200, {
    name: 'feature/q4-close',
    ref: 'origin/feature/q4-close',
  }),
  s('adaDev', 'POST', '/projects/ecommerce/git_branch', 409, { name: 'main' }),
  s('adaDev', 'POST', '/projects/ecommerce/git_branch', 422, { name: 'a..b' }),
  s('adaDev', 'POST', '/projects/ecommerce/git_branch', 200, { name: 'feature/tmp' }),
  s('adaDev', 'DELETE', '/projects/ecommerce/git_branch/feature%2Ftmp', 422),
  s('adaDev', 'PUT', '/projects/ecommerce/git_branch', 200, { name: 'feature/net-revenue' }),
  s('adaDev', 'DELETE', '/projects/ecommerce/git_branch/feature%2Ftmp', 204),
  s('adaDev', 'POST', '/projects/marketing/reset_to_remote', 204),
  s('adaDev', 'POST', '/projects/marketing/reset_to_production', 204),
  s('adaDev', 'POST', '/projects/inventory/deploy_to_production', 400),
  s('adaDev', 'POST', '/projects/ecommerce/deploy_to_production', 204),
  s('ada', 'POST', '/projects/finance/deploy_ref_to_production', 400),
  s('ada', 'POST', '/projects/finance/deploy_ref_to_production', 204, undefined, {
    branch: 'main',
  }),
  s('ada', 'GET', '/projects/ecommerce/git_connection_tests', 200),
  s('ada', 'GET', '/projects/ecommerce/git_connection_tests/git_remote_url', 200),
  s('ada', 'GET', '/projects/ecommerce/git_connection_tests/nope', 404),
  s('ada', 'GET', '/projects/finance/git_connection_tests/git_write_access', 200),
  s('ada', 'GET', '/content_validation', 200),
  s('adaDev', 'GET', '/content_validation', 200, undefined, { project_names: 'ecommerce' }),
  s('ada', 'GET', '/lookml_models', 200),
  s('ada', 'GET', '/lookml_models/ecommerce/explores/orders', 200),
  s('ada', 'GET', '/lookml_models/ecommerce/explores/nope', 404),
  s('ada', 'POST', '/queries', 200, QUERY),
  s('ada', 'POST', '/queries', 422, { view: 'orders' }),
  s('ada', 'GET', '/projects/ecommerce/lookml_tests', 200),
  s('ada', 'GET', '/projects/ecommerce/lookml_tests/run', 200),
  s('ada', 'GET', '/projects/ecommerce/validate', 204),
  s('adaDev', 'POST', '/projects/marketing/validate', 200),
  s('adaDev', 'GET', '/projects/marketing/validate', 200),
  s('ada', 'DELETE', '/logout', 204),
]

describe('every response the fake gives matches the official API 4.0 schemas', () => {
  const validator = createResponseValidator()
  let looker: FakeLookerCore
  let clients: Record<Who, FakeClient>

  beforeAll(async () => {
    looker = await createFakeLooker()
    clients = {
      ada: clientFor(looker, 'ada'),
      adaDev: clientFor(looker, 'ada'),
      vic: clientFor(looker, 'vic'),
      anon: clientFor(looker, 'ada', 'no-such-token'),
    }
    await enter(clients.adaDev, 'dev')
  })
  afterAll(() => looker.close())

  function check(res: FakeResponse, method: string, path: string): void {
    const template = matchOperation(method, path)!.operation.template
    if (res.contentType !== 'application/json') return
    expect(validator.validate(method, template, res.status, res.body) ?? []).toEqual([])
  }

  it.each(SCENARIOS.map((sc, i) => [i, `${sc.who} ${sc.method} ${sc.path} -> ${sc.status}`, sc]))(
    '%i %s',
    async (_i, _name, sc) => {
      const { who, method, path, body, query, status } = sc as Scenario
      const res = await clients[who].call(method, path, body, query)
      expect({ status: res.status, body: res.body }).toMatchObject({ status })
      check(res, method, path)
    }
  )

  it('query tasks and results are schema-valid too', async () => {
    const ada = clientFor(looker, 'ada')
    const query = (await ada.call('POST', '/queries', QUERY)).body as { id: string }
    const task = await ada.call('POST', '/query_tasks', {
      query_id: query.id,
      result_format: 'json',
    })
    check(task, 'POST', '/query_tasks')
    const id = (task.body as { id: string }).id
    const status = await ada.get(`/query_tasks/${id}`)
    expect(status.status).toBe(200)
    check(status, 'GET', `/query_tasks/${id}`)
  })

  it('fault answers (429, 500) carry Looker error bodies', async () => {
    looker.addFault({ operation: 'all_projects', status: 429, times: 1 })
    looker.addFault({ operation: 'all_projects', status: 500, times: 1 })
    for (const status of [429, 500]) {
      const res = await clientFor(looker, 'ada').get('/projects')
      expect(res.status).toBe(status)
      check(res, 'GET', '/projects')
    }
  })

  it('the validator rejects what Looker would not send', () => {
    const broken = { name: 'x', readonly: 'no', invented: 1 }
    expect(validator.validate('GET', '/projects/{project_id}/git_branch', 200, broken)).not.toEqual(
      []
    )
  })
})

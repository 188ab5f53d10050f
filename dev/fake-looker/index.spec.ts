/** @jest-environment node */
import { setTimeout as sleep } from 'timers/promises'
import { createFakeLooker } from './index'
import { clientFor, enter } from './testing'

const json = { accept: 'application/json' }

describe('fake Looker core: routing, auth, sessions', () => {
  it('logs in with form credentials and answers an AccessToken; bad credentials are 404', async () => {
    const looker = await createFakeLooker()
    const ok = await looker.handle({
      method: 'POST',
      path: '/login',
      body: { client_id: 'ada', client_secret: 'ada-secret' },
    })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, refresh_token: null })
    const bad = await looker.handle({
      method: 'POST',
      path: '/login',
      query: { client_id: 'ada', client_secret: 'wrong' },
    })
    expect(bad.status).toBe(404)
    expect(bad.contentType).toBe('text/html')
    expect(bad.body).toContain('Looker Not Found (404)')
  })

  it('accepts query-string credentials and both token and Bearer headers', async () => {
    const looker = await createFakeLooker()
    const login = await looker.handle({
      method: 'POST',
      path: '/login?client_id=vic&client_secret=vic-secret',
    })
    const token = (login.body as { access_token: string }).access_token
    for (const authorization of [`token ${token}`, `Bearer ${token}`]) {
      const me = await looker.handle({ method: 'GET', path: '/user', headers: { authorization } })
      expect(me.body).toMatchObject({ id: '2', display_name: 'Vic Viewer' })
    }
  })

  it('answers 401 "Requires authentication." without a token, after logout and after expiry', async () => {
    const looker = await createFakeLooker({ tokenTtlSeconds: 0 })
    const none = await looker.handle({ method: 'GET', path: '/session', headers: json })
    expect(none.status).toBe(401)
    expect(none.body).toEqual({
      message: 'Requires authentication.',
      documentation_url: 'https://cloud.google.com/looker/docs/r/err/4.0/401/get/session',
    })
    const expired = await clientFor(looker, 'ada').get('/session')
    expect(expired.status).toBe(401)

    const live = await createFakeLooker()
    const ada = clientFor(live, 'ada')
    expect((await ada.call('DELETE', '/logout')).status).toBe(204)
    expect((await ada.get('/session')).status).toBe(401)
  })

  it('answers unknown routes 404 as HTML, or as JSON when asked', async () => {
    const looker = await createFakeLooker()
    const token = looker.loginAs('ada')
    const html = await looker.handle({
      method: 'GET',
      path: '/no/such/route',
      headers: { authorization: `token ${token}` },
    })
    expect(html).toMatchObject({ status: 404, contentType: 'text/html' })
    const asJson = await clientFor(looker, 'ada', token).get('/projects/nope/git_branch')
    expect(asJson.status).toBe(404)
    expect(asJson.body).toMatchObject({
      documentation_url:
        'https://cloud.google.com/looker/docs/r/err/4.0/404/get/projects/:project_id/git_branch',
    })
  })

  it('token mode: each token has its own workspace, starting in production', async () => {
    const looker = await createFakeLooker({ sessionMode: 'token' })
    const one = clientFor(looker, 'ada')
    const two = clientFor(looker, 'ada')
    const switched = await one.call('PATCH', '/session', { workspace_id: 'dev' })
    expect(switched.body).toEqual({
      workspace_id: 'dev',
      sudo_user_id: null,
      can: { view: true, update: true },
    })
    expect((await one.get('/session')).body).toMatchObject({ workspace_id: 'dev' })
    expect((await two.get('/session')).body).toMatchObject({ workspace_id: 'production' })
  })

  it('ui mode: all tokens of a user share one workspace, flipped by setUserWorkspace', async () => {
    const looker = await createFakeLooker({ sessionMode: 'ui' })
    const one = clientFor(looker, 'ada')
    const two = clientFor(looker, 'ada')
    expect((await one.get('/session')).body).toMatchObject({ workspace_id: 'production' })
    await enter(one, 'dev')
    expect((await two.get('/session')).body).toMatchObject({ workspace_id: 'dev' })
    looker.setUserWorkspace('ada', 'production')
    expect((await one.get('/session')).body).toMatchObject({ workspace_id: 'production' })
    expect((await clientFor(looker, 'grace').get('/session')).body).toMatchObject({
      workspace_id: 'production',
    })
  })

  it('rejects an unknown workspace with a field error', async () => {
    const looker = await createFakeLooker()
    const res = await clientFor(looker, 'ada').call('PATCH', '/session', { workspace_id: 'foo' })
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ field: 'workspace_id', code: 'invalid' }],
    })
  })

  it('refuses dev to a non-developer with 403, or silently keeps production', async () => {
    const strict = await createFakeLooker()
    const denied = await clientFor(strict, 'vic').call('PATCH', '/session', { workspace_id: 'dev' })
    expect(denied.status).toBe(403)
    expect(denied.body).toMatchObject({ message: expect.stringMatching(/Development Mode/) })

    const silent = await createFakeLooker({ devDenied: 'silent' })
    const vic = clientFor(silent, 'vic')
    const res = await vic.call('PATCH', '/session', { workspace_id: 'dev' })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      workspace_id: 'production',
      sudo_user_id: null,
      can: { view: true, update: false },
    })
  })

  it('describes users, their roles and the workspaces they may use', async () => {
    const looker = await createFakeLooker()
    const ada = clientFor(looker, 'ada')
    const vic = clientFor(looker, 'vic')
    expect((await ada.get('/user')).body).toMatchObject({ id: '1', display_name: 'Ada Lovelace' })
    const roles = (await ada.get('/users/1/roles')).body as Array<{
      permission_set: { permissions: string[] }
    }>
    expect(roles.flatMap((r) => r.permission_set.permissions)).toEqual(
      expect.arrayContaining(['develop', 'deploy', 'see_lookml', 'access_data'])
    )
    const vicRoles = (await vic.get('/users/2/roles')).body as typeof roles
    expect(vicRoles.flatMap((r) => r.permission_set.permissions)).not.toContain('develop')
    const ids = (res: { body: unknown }) => (res.body as Array<{ id: string }>).map((w) => w.id)
    expect(ids(await ada.get('/workspaces'))).toEqual(['production', 'dev'])
    expect(ids(await vic.get('/workspaces'))).toEqual(['production'])
    expect((await ada.get('/workspaces/dev')).body).toMatchObject({ id: 'dev' })
    expect((await vic.get('/workspaces/dev')).status).toBe(404)
  })

  it('trims JSON bodies to the `fields` parameter', async () => {
    const looker = await createFakeLooker()
    const res = await clientFor(looker, 'ada').call('GET', '/user', undefined, {
      fields: 'id,email',
    })
    expect(res.body).toEqual({ id: '1', email: 'ada@example.com' })
  })
})

describe('fake Looker core: faults and the request log', () => {
  it('answers a fault status with Looker error body, a limited number of times', async () => {
    const looker = await createFakeLooker()
    const ada = clientFor(looker, 'ada')
    looker.addFault({ operation: 'session', status: 500, message: 'Boom', times: 1 })
    const hit = await ada.get('/session')
    expect(hit.status).toBe(500)
    expect(hit.body).toEqual({
      message: 'Boom',
      documentation_url: 'https://cloud.google.com/looker/docs/r/err/4.0/500/get/session',
    })
    expect((await ada.get('/session')).status).toBe(200)
  })

  it('supports 429 with Retry-After, a custom 200 body, drops, per-user and route faults', async () => {
    const looker = await createFakeLooker()
    const ada = clientFor(looker, 'ada')
    const vic = clientFor(looker, 'vic')
    looker.addFault({ route: '^GET /user$', user: 'vic', status: 429, retryAfter: 7 })
    const limited = await vic.get('/user')
    expect(limited).toMatchObject({ status: 429, headers: { 'retry-after': '7' } })
    expect((await ada.get('/user')).status).toBe(200)
    looker.clearFaults()
    looker.addFault({ operation: 'session', body: { surprise: true } })
    expect((await ada.get('/session')).body).toEqual({ surprise: true })
    looker.clearFaults()
    looker.addFault({ operation: 'session', drop: true, delayMs: 1 })
    expect((await ada.get('/session')).dropped).toBe(true)
    looker.clearFaults()
    looker.addFault({ operation: 'session', status: 503, rate: 0 })
    expect((await ada.get('/session')).status).toBe(200)
  })

  it('logs each request with its operation, user and status', async () => {
    const looker = await createFakeLooker({ latencyMs: 1 })
    const ada = clientFor(looker, 'ada')
    await ada.get('/session')
    await looker.handle({ method: 'GET', path: '/session' })
    expect(
      looker.log.map(({ method, path, operation, user, status }) => ({
        method,
        path,
        operation,
        user,
        status,
      }))
    ).toEqual([
      { method: 'GET', path: '/session', operation: 'session', user: 'ada', status: 200 },
      { method: 'GET', path: '/session', operation: 'session', user: null, status: 401 },
    ])
  })
})

test('the log names the workspace whose models delivered query task results', async () => {
  const looker = await createFakeLooker({ seed: 'demo', sessionMode: 'token' })
  const ada = clientFor(looker, 'ada')
  await enter(ada, 'dev')
  const query = await ada.call('POST', '/queries', {
    model: 'ecommerce',
    view: 'orders',
    fields: ['orders.status', 'orders.total_revenue'],
  })
  const queryId = (query.body as { id: string }).id
  const task = await ada.call(
    'POST',
    '/query_tasks',
    { query_id: queryId, result_format: 'json' },
    { force_production: 'true' }
  )
  const taskId = (task.body as { id: string }).id
  let status = 202
  for (let i = 0; i < 50 && status !== 200; i++) {
    await sleep(10) // the task starts on a timer
    status = (await ada.get(`/query_tasks/${taskId}/results`)).status
  }
  expect(status).toBe(200)
  const delivered = looker.log.filter(
    (e) => e.operation === 'query_task_results' && e.status === 200
  )
  expect(delivered.map((e) => e.queryWorkspace)).toEqual(['production'])
  await looker.close()
})

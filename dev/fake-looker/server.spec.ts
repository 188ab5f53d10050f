/** @jest-environment node */
import { startFakeLookerServer, type FakeLookerServer } from './server'

let server: FakeLookerServer
beforeAll(async () => {
  server = await startFakeLookerServer({ port: 0 })
})
afterAll(async () => {
  await server.close()
})

async function token(user = 'ada'): Promise<string> {
  const res = await fetch(`${server.url}/__fake/login-as/${user}`, { method: 'POST' })
  return ((await res.json()) as { access_token: string }).access_token
}

describe('fake Looker HTTP server', () => {
  it('logs in with a form body and serves both API prefixes', async () => {
    const login = await fetch(`${server.apiUrl}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'client_id=ada&client_secret=ada-secret',
    })
    expect(login.headers.get('content-type')).toMatch(/^application\/json/)
    const { access_token } = (await login.json()) as { access_token: string }
    const headers = { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' }
    const patch = await fetch(`${server.url}/api/internal/core/4.0/session`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ workspace_id: 'dev' }),
    })
    expect(await patch.json()).toMatchObject({ workspace_id: 'dev' })
    const session = await fetch(`${server.apiUrl}/session`, { headers })
    expect(await session.json()).toMatchObject({ workspace_id: 'dev' })
  })

  it('answers HTML 404s, 204s without a body, and sql results as application/sql', async () => {
    const headers = { authorization: `token ${await token()}` }
    const missing = await fetch(`${server.apiUrl}/projects/nope`, { headers })
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await missing.text()).toContain('Looker Not Found (404)')
    const logout = await fetch(`${server.apiUrl}/logout`, { method: 'DELETE', headers })
    expect(logout.status).toBe(204)
    expect(await logout.text()).toBe('')
    const sql = await fetch(`${server.apiUrl}/queries/run/sql`, {
      method: 'POST',
      headers: { authorization: `token ${await token()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'ecommerce', view: 'orders', fields: ['orders.count'] }),
    })
    expect(sql.headers.get('content-type')).toMatch(/^application\/sql/)
    expect(await sql.text()).toMatch(/^SELECT/)
  })

  it('applies faults from the hooks, drops connections, and logs requests', async () => {
    const headers = { authorization: `token ${await token('grace')}` }
    await fetch(`${server.url}/__fake/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: 'me', status: 429, retryAfter: 3, times: 1 }),
    })
    const limited = await fetch(`${server.apiUrl}/user`, { headers })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('3')
    await fetch(`${server.url}/__fake/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: 'me', drop: true }),
    })
    await expect(fetch(`${server.apiUrl}/user`, { headers })).rejects.toThrow()
    await fetch(`${server.url}/__fake/faults`, { method: 'DELETE' })
    expect((await fetch(`${server.apiUrl}/user`, { headers })).status).toBe(200)
    const log = (await (await fetch(`${server.url}/__fake/log`)).json()) as Array<{
      operation: string
      user: string
      status: number
    }>
    expect(log.filter((e) => e.operation === 'me').map((e) => e.status)).toEqual([429, 0, 200])
  })

  it('flips a user workspace from the hook (ui session mode)', async () => {
    const ui = await startFakeLookerServer({ port: 0, sessionMode: 'ui' })
    try {
      const res = await fetch(`${ui.url}/__fake/login-as/ada`, { method: 'POST' })
      const { access_token } = (await res.json()) as { access_token: string }
      await fetch(`${ui.url}/__fake/users/ada/workspace`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ workspace_id: 'dev' }),
      })
      const session = await fetch(`${ui.apiUrl}/session`, {
        headers: { authorization: `token ${access_token}` },
      })
      expect(await session.json()).toMatchObject({ workspace_id: 'dev' })
    } finally {
      await ui.close()
    }
  })

  it('changes behaviour knobs from the hook: a task reported expired once, then complete', async () => {
    const own = await startFakeLookerServer({ port: 0 })
    try {
      const set = await fetch(`${own.url}/__fake/behaviour`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ transientExpired: 'once' }),
      })
      expect(set.status).toBe(204)
      const res = await fetch(`${own.url}/__fake/login-as/ada`, { method: 'POST' })
      const { access_token } = (await res.json()) as { access_token: string }
      const headers = { authorization: `token ${access_token}`, 'content-type': 'application/json' }
      const post = async (path: string, body: unknown) =>
        (await (
          await fetch(`${own.apiUrl}${path}`, {
            method: 'POST',
            headers,
            body: JSON.stringify(body),
          })
        ).json()) as { id: string }
      const query = await post('/queries', {
        model: 'ecommerce',
        view: 'orders',
        fields: ['orders.status'],
      })
      const task = await post('/query_tasks', { query_id: query.id, result_format: 'json' })
      const seen: string[] = []
      while (seen.length < 500 && !['complete', 'error'].includes(seen.at(-1) ?? '')) {
        const polled = await fetch(`${own.apiUrl}/query_tasks/${task.id}`, { headers })
        seen.push(((await polled.json()) as { status: string }).status)
      }
      expect(seen.filter((s) => s === 'expired')).toEqual(['expired'])
      expect(seen.at(-1)).toBe('complete')
    } finally {
      await own.close()
    }
  })
})

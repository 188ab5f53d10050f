/** @jest-environment node */
import { startFakeLookerServer, type FakeLookerServer } from '../fake-looker/server'
import { flattenParams, invokeCoreSdk, toAnswer } from './invoke'
import { fakeLookerUpstream, type Upstream, type UpstreamRequest } from './upstream'

const ALL = ['me', 'session', 'update_session', 'user_roles']
const USERS = [
  { id: 'ada', label: 'Ada' },
  { id: 'vic', label: 'Vic' },
]
const patchSession = (workspace_id: string) => ({
  httpMethod: 'PATCH',
  path: '/session',
  params: null,
  body: { workspace_id },
  apiVersion: '4.0',
})
const getSession = { httpMethod: 'GET', path: '/session', params: null, body: null }

describe('flattenParams', () => {
  it('writes query parameters the way the SDK encodes them', () => {
    expect(
      flattenParams({
        fields: undefined,
        ids: [1, 2],
        all: false,
        limit: 10,
        filters: { a: 'b' },
        cursor: null,
        since: new Date('2026-01-02T03:04:05Z'),
      })
    ).toEqual({
      ids: '1,2',
      all: 'false',
      limit: '10',
      filters: '{"a":"b"}',
      cursor: 'null',
      since: '2026-01-02T03:04:05.000Z',
    })
  })
})

describe('toAnswer', () => {
  const res = (status: number, contentType: string, body: string | Buffer) => ({
    status,
    contentType,
    body: Buffer.isBuffer(body) ? body : Buffer.from(body),
  })

  it('passes Looker error bodies, and wraps a non-JSON one like the browser transport', () => {
    expect(toAnswer(res(404, 'application/json', '{"message":"Not found"}'))).toEqual({
      kind: 'response',
      response: { ok: false, error: { message: 'Not found' } },
    })
    expect(toAnswer(res(404, 'text/html', '<h1>Not Found</h1>'))).toEqual({
      kind: 'response',
      response: { ok: false, error: { message: 'Request failed: <h1>Not Found</h1>' } },
    })
  })

  it('parses JSON, keeps text (SQL included) as a string, and ships binary bodies as a blob', () => {
    expect(toAnswer(res(200, 'application/json; charset=utf-8', '{"a":1}'))).toEqual({
      kind: 'response',
      response: { ok: true, value: { a: 1 } },
    })
    expect(toAnswer(res(200, 'text/csv', 'a,b'))).toEqual({
      kind: 'response',
      response: { ok: true, value: 'a,b' },
    })
    // Looker's type for result_format: sql; the SDK's browser transport reads it as text.
    expect(toAnswer(res(200, 'application/sql', 'SELECT 1'))).toEqual({
      kind: 'response',
      response: { ok: true, value: 'SELECT 1' },
    })
    expect(toAnswer(res(200, 'application/pdf', Buffer.from([1, 2, 3])))).toMatchObject({
      kind: 'blob',
    })
    expect(toAnswer(res(200, 'image/png', Buffer.from([1, 2, 3])))).toEqual({
      kind: 'blob',
      base64: 'AQID',
      contentType: 'image/png',
    })
  })
})

describe('invokeCoreSdk over the fake Looker', () => {
  let fake: FakeLookerServer
  let upstream: Upstream

  beforeAll(async () => {
    fake = await startFakeLookerServer({ port: 0, seed: 'demo', sessionMode: 'ui' })
    upstream = fakeLookerUpstream(fake.url, USERS)
  })
  afterAll(() => fake.close())
  beforeEach(() => fake.looker.setUserWorkspace('ada', 'production'))

  it('refuses a method missing from the manifest with Looker text, and Looker never sees it', async () => {
    const entitled = ALL.filter((m) => m !== 'update_session')
    const answer = await invokeCoreSdk(patchSession('dev'), { entitled, upstream, user: 'ada' })
    expect(answer).toEqual({
      kind: 'refused',
      message: 'Extension not entitled to use api method update_session',
    })
    const session = await invokeCoreSdk(getSession, { entitled, upstream, user: 'ada' })
    expect(session).toMatchObject({ response: { ok: true, value: { workspace_id: 'production' } } })
  })

  it('calls Looker as the signed-in user when the method is entitled', async () => {
    const ctx = { entitled: ALL, upstream, user: 'ada' }
    expect(await invokeCoreSdk(patchSession('dev'), ctx)).toMatchObject({
      kind: 'response',
      response: { ok: true, value: { workspace_id: 'dev' } },
    })
    expect(await invokeCoreSdk(getSession, ctx)).toMatchObject({
      response: { ok: true, value: { workspace_id: 'dev' } },
    })
  })

  it("passes Looker's refusal through as an SDK error response", async () => {
    const answer = await invokeCoreSdk(patchSession('dev'), {
      entitled: ALL,
      upstream,
      user: 'vic',
    })
    expect(answer).toMatchObject({ kind: 'response', response: { ok: false } })
    const error = (answer as { response: { error: { message: string } } }).response.error
    expect(error.message).toMatch(/Development Mode/)
  })

  it('sends flattened params upstream', async () => {
    const seen: UpstreamRequest[] = []
    const recording: Upstream = {
      ...upstream,
      call: (user, request) => {
        seen.push(request)
        return upstream.call(user, request)
      },
    }
    await invokeCoreSdk(
      { httpMethod: 'GET', path: '/session', params: { fields: undefined, ids: [1, 2] } },
      { entitled: ALL, upstream: recording, user: 'ada' }
    )
    expect(seen).toEqual([
      { method: 'GET', path: '/session', query: { ids: '1,2' }, body: undefined },
    ])
  })
})

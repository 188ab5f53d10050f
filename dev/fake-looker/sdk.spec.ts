/** @jest-environment node */
import { LookerNodeSDK, NodeSettings } from '@looker/sdk-node'
import type { IApiSection, IApiSettings } from '@looker/sdk-rtl'
import type { Looker40SDK } from '@looker/sdk'
import { startFakeLookerServer, type FakeLookerServer } from './server'

/** Settings from values, not an ini file or the environment: credentials via readConfig. */
class FakeLookerSettings extends NodeSettings {
  constructor(
    baseUrl: string,
    private readonly credentials: IApiSection
  ) {
    super('FAKE_LOOKER_UNUSED', {
      base_url: baseUrl,
      verify_ssl: false,
      timeout: 30,
    } as IApiSettings)
  }

  override readConfig(): IApiSection {
    return this.credentials
  }
}

// sdk-rtl logs "AbortSignal.timeout is not defined" on every call under jest; keep the output readable.
beforeAll(() => {
  jest.spyOn(console, 'debug').mockImplementation(() => undefined)
})

function sdkFor(server: FakeLookerServer, user: string): Looker40SDK {
  return LookerNodeSDK.init40(
    new FakeLookerSettings(server.url, { client_id: user, client_secret: `${user}-secret` })
  )
}

describe('the official Node SDK against the fake Looker', () => {
  let server: FakeLookerServer
  beforeAll(async () => {
    server = await startFakeLookerServer({ port: 0 })
  })
  afterAll(async () => {
    await server.close()
  })

  it('logs in to production; two SDKs of one user switch independently', async () => {
    const one = sdkFor(server, 'ada')
    const two = sdkFor(server, 'ada')
    expect((await one.ok(one.session())).workspace_id).toBe('production')
    expect((await one.ok(one.update_session({ workspace_id: 'dev' }))).workspace_id).toBe('dev')
    expect((await two.ok(two.session())).workspace_id).toBe('production')
    expect((await one.ok(one.session())).workspace_id).toBe('dev')
    expect((await one.ok(one.me())).display_name).toBe('Ada Lovelace')
  })

  it('shares the dev branch between the two: a checkout in one is seen in the other', async () => {
    const one = sdkFor(server, 'ada')
    const two = sdkFor(server, 'ada')
    await one.ok(one.update_session({ workspace_id: 'dev' }))
    await two.ok(two.update_session({ workspace_id: 'dev' }))
    const personal = (await one.ok(one.all_git_branches('ecommerce'))).find(
      (b) => b.personal && !b.readonly
    )!
    await one.ok(one.update_git_branch('ecommerce', { name: personal.name }))
    expect((await two.ok(two.git_branch('ecommerce'))).name).toBe(personal.name)
    const back = await two.ok(two.update_git_branch('ecommerce', { name: 'feature/net-revenue' }))
    expect(back.name).toBe('feature/net-revenue')
    expect((await one.ok(one.git_branch('ecommerce'))).name).toBe('feature/net-revenue')
  })

  it('reads a branch whose name holds a slash, and surfaces Looker errors', async () => {
    const sdk = sdkFor(server, 'ada')
    await sdk.ok(sdk.update_session({ workspace_id: 'dev' }))
    const found = await sdk.ok(sdk.find_git_branch('ecommerce', 'feature/old-experiment'))
    expect(found.name).toBe('feature/old-experiment')
    await expect(sdk.ok(sdk.create_git_branch('ecommerce', { name: 'main' }))).rejects.toThrow(
      /already exists/
    )
  })
})

describe('token expiry with the Node SDK', () => {
  let server: FakeLookerServer
  beforeAll(async () => {
    // The SDK treats a token as expired 10 s early, so a 1 s token makes it log in every call.
    server = await startFakeLookerServer({ port: 0, tokenTtlSeconds: 1 })
  })
  afterAll(async () => {
    await server.close()
  })

  it('re-logs in silently and lands back in production', async () => {
    const sdk = sdkFor(server, 'ada')
    expect((await sdk.ok(sdk.update_session({ workspace_id: 'dev' }))).workspace_id).toBe('dev')
    expect((await sdk.ok(sdk.session())).workspace_id).toBe('production')
    expect(server.looker.log.filter((e) => e.operation === 'login').length).toBeGreaterThan(1)
  })
})

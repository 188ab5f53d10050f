/**
 * Project reads over the real SDK, the jest host and the fake Looker, without React: a manifest's
 * imports, and the checked-out branch when `project_workspace` does not name it.
 */
import { apiOverFake } from '../../test/apiOverFake'
import type { FakeLooker } from '../../test/fakeLooker'
import type { LookerApi } from './api'

let looker: FakeLooker
let api: LookerApi
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ looker, api, cleanup } = await apiOverFake({ workspace: 'dev' }))
})
afterEach(() => cleanup())

describe('getImports', () => {
  it('lists the manifest’s imports and the dependency status', async () => {
    expect(await api.getImports('inventory')).toEqual({
      imports: [
        {
          name: 'shared_views',
          url: 'git@github.com:acme-analytics/shared_views.git',
          ref: 'v1.2.0',
          isRemote: true,
        },
        { name: 'ecommerce', url: null, ref: null, isRemote: false },
      ],
      dependencyStatus: 'lock_required',
    })
    expect(looker.log.map((e) => e.operation)).toEqual(
      expect.arrayContaining(['manifest', 'project_workspace'])
    )
  })

  it('a manifest without imports and a workspace without a status give none', async () => {
    looker.answer('manifest', { name: 'ecommerce' })
    looker.intercept('project_workspace', async (_req, next) => {
      const res = await next()
      return { ...res, body: { ...(res.body as object), dependency_status: undefined } }
    })
    expect(await api.getImports('ecommerce')).toEqual({ imports: [], dependencyStatus: null })
  })

  it('an answer that is not a manifest is an error naming it', async () => {
    looker.answer('manifest', [1])
    await expect(api.getImports('ecommerce')).rejects.toMatchObject({
      name: 'ApiError',
      message: 'Looker answered manifest with [1] where a manifest was expected.',
    })
  })
})

describe('getProjectState when project_workspace names no branch', () => {
  beforeEach(() => {
    looker.intercept('project_workspace', async (_req, next) => {
      const res = await next()
      return { ...res, body: { ...(res.body as object), git_branch: null } }
    })
  })

  it('reads the checked-out branch from git_branch', async () => {
    const state = await api.getProjectState('ecommerce')
    expect(state.branch?.name).toEqual(expect.any(String))
    expect(state.branch?.name).not.toBe('')
    expect(looker.log.map((e) => e.operation)).toContain('git_branch')
  })

  it('a project Looker finds no branch for (404) has none', async () => {
    looker.fail('git_branch', 404, 'Not found')
    const state = await api.getProjectState('ecommerce')
    expect(state.branch).toBeNull()
    expect(state.branchKind).toBeNull()
  })

  it('any other failure of git_branch is Looker’s error', async () => {
    looker.fail('git_branch', 403, 'You may not read this branch')
    await expect(api.getProjectState('ecommerce')).rejects.toMatchObject({
      name: 'ApiError',
      status: 403,
      message: 'You may not read this branch',
    })
  })

  it('an answer that is not a branch is an error naming git_branch', async () => {
    looker.answer('git_branch', ['main'])
    await expect(api.getProjectState('ecommerce')).rejects.toMatchObject({
      message: 'Looker answered git_branch with ["main"] where a git branch was expected.',
    })
  })
})

it('an answer that is not a project workspace is an error naming it', async () => {
  looker.answer('project_workspace', 'x')
  await expect(api.getProjectState('ecommerce')).rejects.toMatchObject({
    name: 'ApiError',
    message: expect.stringContaining('where a project workspace was expected.'),
  })
})

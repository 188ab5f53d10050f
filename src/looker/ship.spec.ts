/**
 * The ship calls over the real SDK, the jest host and the fake Looker, without React: each maps
 * Looker's answer to what the Ship page shows, and each failure is an ApiError.
 */
import { apiOverFake } from '../../test/apiOverFake'
import type { FakeLooker } from '../../test/fakeLooker'
import type { LookerApi } from './api'

let looker: FakeLooker
let api: LookerApi
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ looker, api, cleanup } = await apiOverFake())
})
afterEach(() => cleanup())

test('validation: none before a run (204), then the run’s result, cached and not stale', async () => {
  expect(await api.getValidationResults('ecommerce')).toBeNull()
  const run = await api.validateProject('ecommerce')
  expect(run.stale).toBe(false)
  expect(Array.isArray(run.problems)).toBe(true)
  expect(await api.getValidationResults('ecommerce')).toEqual(run)
  expect(looker.log.map((e) => e.operation)).toEqual(
    expect.arrayContaining(['validate_project', 'project_validation_results'])
  )
})

test('git connection tests: listed in Looker’s order; a failing one is an answer', async () => {
  const tests = await api.listGitConnectionTests('finance')
  expect(tests.map((t) => t.id)).toEqual([
    'git_remote_url',
    'git_host_resolves',
    'git_host_reachable',
    'git_read_access',
    'git_write_access',
  ])
  expect(tests[0]!.description).toBe('Checking the remote URL')
  expect(await api.runGitConnectionTest('finance', 'git_remote_url')).toEqual({
    id: 'git_remote_url',
    passed: true,
    message: 'Checking the remote URL: OK',
  })
  expect(await api.runGitConnectionTest('finance', 'git_write_access')).toMatchObject({
    id: 'git_write_access',
    passed: false,
    message: expect.stringMatching(/marked as read only/),
  })
  await expect(api.runGitConnectionTest('finance', 'nope')).rejects.toMatchObject({
    name: 'ApiError',
    status: 404,
  })
})

test('content validation names the projects Looker is asked about', async () => {
  const asked: Array<string | undefined> = []
  looker.intercept('content_validation', (req, next) => {
    asked.push(req.query?.project_names)
    return next()
  })
  const result = await api.validateContent(['ecommerce', 'finance'])
  expect(asked).toEqual(['ecommerce,finance'])
  expect(result.looksValidated + result.tilesValidated).toBeGreaterThan(0)
})

test('deploy: done is nothing; a refusal is an ApiError with Looker’s reason', async () => {
  await api.switchWorkspace('dev')
  looker.fail('deploy_to_production', 400, 'Nothing to deploy')
  await expect(api.deployToProduction('ecommerce')).rejects.toMatchObject({
    name: 'ApiError',
    status: 400,
    message: 'Nothing to deploy',
  })
})

test('a cached validation answered as text is not read as a validation: Looker’s answer could not be read', async () => {
  looker.answer('project_validation_results', 'No validation has run')
  await expect(api.getValidationResults('ecommerce')).rejects.toThrow(
    /^Looker's answer could not be read\. Looker answered project_validation_results with "No validation has run"/
  )
})

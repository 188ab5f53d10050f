import { apiOverFake } from '../../test/apiOverFake'
import type { LookerApi } from '.'
import { listOf, objectOf } from './shape'

// Malformed answers: every shape check at the boundary says what Looker answered and what was
// expected, instead of "(intermediate value).map is not a function".
async function apiAnswering(operation: string, body: unknown) {
  const { looker, api } = await apiOverFake({ workspace: 'dev' })
  looker.addFault({ operation, body })
  return api
}

test.each<[string, unknown, (api: LookerApi) => Promise<unknown>, RegExp]>([
  [
    'all_projects',
    {},
    (api) => api.listProjects(),
    /answered all_projects with \{\} where a list of projects was expected/,
  ],
  [
    'all_projects',
    'oops',
    (api) => api.listProjects(),
    /answered all_projects with "oops" where a list of projects was expected/,
  ],
  [
    'all_git_branches',
    { a: 1 },
    (api) => api.getBranches('ecommerce'),
    /answered all_git_branches with \{"a":1\} where a list of branches was expected/,
  ],
  [
    'all_lookml_models',
    {},
    (api) => api.listModels(),
    /answered all_lookml_models with \{\} where a list of models was expected/,
  ],
  [
    'all_lookml_tests',
    {},
    (api) => api.listDataTests('ecommerce'),
    /answered all_lookml_tests with \{\} where a list of data tests was expected/,
  ],
  [
    'session',
    [],
    (api) => api.getSession(),
    /answered session with \[\] where a session was expected/,
  ],
  [
    'project_workspace',
    'x',
    (api) => api.getProjectState('ecommerce'),
    /answered project_workspace with "x" where a project workspace was expected/,
  ],
])('%s answering %j is named', async (operation, body, callIt, message) => {
  const api = await apiAnswering(operation, body)
  await expect(callIt(api)).rejects.toMatchObject({
    name: 'ApiError',
    kind: 'unexpected',
    message: expect.stringMatching(message),
  })
})

test('what Looker answered is shown shortened, and as "nothing" when it sent nothing', () => {
  const message = (run: () => unknown) => {
    try {
      run()
    } catch (e) {
      return (e as Error).message
    }
    return 'no error'
  }
  expect(message(() => listOf(undefined as never, 'op', 'a list'))).toBe(
    'Looker answered op with nothing where a list was expected.'
  )
  const long = 'x'.repeat(100)
  expect(message(() => listOf(long as never, 'op', 'a list'))).toBe(
    `Looker answered op with "${'x'.repeat(76)}... where a list was expected.`
  )
  const exactly80 = 'y'.repeat(78)
  expect(message(() => objectOf(exactly80, 'op', 'an object'))).toBe(
    `Looker answered op with "${exactly80}" where an object was expected.`
  )
  // JSON cannot show a BigInt: its text is shown instead
  expect(message(() => objectOf(BigInt(10), 'op', 'an object'))).toBe(
    'Looker answered op with 10 where an object was expected.'
  )
  expect(message(() => objectOf(null, 'op', 'an object'))).toMatch(/with null where/)
  expect(message(() => objectOf(3, 'op', 'an object'))).toMatch(/with 3 where/)
  expect(objectOf({ a: 1 }, 'op', 'an object')).toEqual({ a: 1 })
  expect(listOf([1], 'op', 'a list')).toEqual([1])
})

// A 200 whose body is not a validation (a proxy's page, `{}`, a list) must never read as one
// without problems: the Ship checks would pass on it and a required validation would allow a deploy.
async function apiAnsweringOk(operation: string, body: unknown) {
  const { looker, api } = await apiOverFake({ workspace: 'dev' })
  looker.answer(operation, body)
  return api
}

test.each<[string, unknown, (api: LookerApi) => Promise<unknown>, string]>([
  ['validate_project', {}, (api) => api.validateProject('ecommerce'), 'a LookML validation'],
  [
    'validate_project',
    { status: 'ok' },
    (api) => api.validateProject('ecommerce'),
    'a LookML validation',
  ],
  ['validate_project', [], (api) => api.validateProject('ecommerce'), 'a LookML validation'],
  [
    'validate_project',
    { errors: 'none' },
    (api) => api.validateProject('ecommerce'),
    'a LookML validation',
  ],
  ['validate_project', 'Passed', (api) => api.validateProject('ecommerce'), 'a LookML validation'],
  [
    'project_validation_results',
    { ok: true },
    (api) => api.getValidationResults('ecommerce'),
    'a LookML validation',
  ],
  [
    'project_validation_results',
    { errors: [], stale: 'no' },
    (api) => api.getValidationResults('ecommerce'),
    'a LookML validation',
  ],
  [
    'project_validation_results',
    'OK',
    (api) => api.getValidationResults('ecommerce'),
    'a LookML validation',
  ],
  ['content_validation', {}, (api) => api.validateContent(['ecommerce']), 'a content validation'],
  [
    'content_validation',
    { content_with_errors: {}, total_looks_validated: 3 },
    (api) => api.validateContent(['ecommerce']),
    'a content validation',
  ],
  [
    'content_validation',
    { content_with_errors: [], total_looks_validated: 'all' },
    (api) => api.validateContent(['ecommerce']),
    'a content validation',
  ],
])('%s answering 200 with %j could not be read', async (operation, body, callIt, expected) => {
  const api = await apiAnsweringOk(operation, body)
  const error = await callIt(api).then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toMatchObject({ name: 'ApiError', kind: 'unexpected' })
  expect((error as Error).message).toMatch(/^Looker's answer could not be read\. /)
  expect((error as Error).message).toContain(`answered ${operation} with`)
  expect((error as Error).message).toContain(`where ${expected}`)
})

test('what Looker does send still reads: a validation, the kept one, none kept (204), a content validation', async () => {
  const { api } = await apiOverFake({ workspace: 'dev' })
  expect(await api.getValidationResults('ecommerce')).toBeNull()
  expect(await api.validateProject('ecommerce')).toEqual({ problems: [], stale: false })
  expect(await api.getValidationResults('ecommerce')).toEqual({ problems: [], stale: false })
  expect((await api.validateContent(['ecommerce'])).looksValidated).toBeGreaterThan(0)
})

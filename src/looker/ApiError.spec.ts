import { ApiError, statusFromDocumentationUrl, toApiError } from './ApiError'

test.each([
  ['https://cloud.google.com/looker/docs/r/err/4.0/422/post/projects/:project_id/git_branch', 422],
  ['https://docs.looker.com/r/err/4.0/404/get/projects/:project_id', 404],
  ['https://cloud.google.com/looker/docs/dev-mode-prod-mode', null],
  [null, null],
])('reads the HTTP status from %s', (url, status) => {
  expect(statusFromDocumentationUrl(url)).toBe(status)
})

test('keeps Looker message, link, status and field errors', () => {
  const e = toApiError(
    Object.assign(new Error('Validation Failed'), {
      documentation_url: 'https://cloud.google.com/looker/docs/r/err/4.0/422/patch/session',
      errors: [{ field: 'workspace_id', code: 'invalid', message: 'must be dev or production' }],
    })
  )
  expect(e).toBeInstanceOf(ApiError)
  expect(e).toMatchObject({ message: 'Validation Failed', kind: 'looker', status: 422 })
  expect(e.fieldErrors).toEqual([
    { field: 'workspace_id', code: 'invalid', message: 'must be dev or production' },
  ])
})

test('a host refusal loses chatty\'s "Error: " prefixes', () => {
  const e = toApiError(new Error('Error: Extension not entitled to use api method all_projects'))
  expect(e).toMatchObject({
    kind: 'host',
    message: 'Extension not entitled to use api method all_projects',
  })
})

test('a timeout or dropped connection is a network error', () => {
  expect(toApiError(new Error('Timeout')).kind).toBe('network')
  expect(toApiError(new Error('Error: TypeError: Failed to fetch')).kind).toBe('network')
})

test('an HTML 404 page becomes a readable message', () => {
  const e = toApiError(new Error('<!DOCTYPE html><title>Looker Not Found (404)</title>'))
  expect(e.status).toBe(404)
  expect(e.message).not.toMatch(/</)
})

test('anything else is an unexpected failure', () => {
  expect(toApiError('boom')).toMatchObject({
    kind: 'unexpected',
    message: 'Unexpected failure: boom',
  })
})

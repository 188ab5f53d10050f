import {
  ApiError,
  isTimedOut,
  outcomeUnknown,
  statusFromDocumentationUrl,
  toApiError,
} from './ApiError'

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

test('an ApiError without details has no link, no status and no field errors', () => {
  const e = new ApiError('Nope', 'looker')
  expect(e).toMatchObject({
    name: 'ApiError',
    message: 'Nope',
    kind: 'looker',
    documentationUrl: null,
    status: null,
    fieldErrors: [],
  })
  expect(e).toBeInstanceOf(Error)
  expect(toApiError(e)).toBe(e)
})

test('field errors alone make a Looker error; their gaps are null or empty', () => {
  const e = toApiError({ message: 'Validation Failed', errors: [{}, { field: 'name' }] })
  expect(e).toMatchObject({ kind: 'looker', documentationUrl: null, status: null })
  expect(e.fieldErrors).toEqual([
    { field: null, code: null, message: '' },
    { field: 'name', code: null, message: '' },
  ])
  expect(toApiError({ message: 'x', documentation_url: '', errors: [] })).toMatchObject({
    kind: 'looker',
    documentationUrl: null,
  })
})

test.each([
  ['Error: Error: socket hang up', 'network', 'socket hang up'],
  ['read ECONNRESET', 'network', 'read ECONNRESET'],
  ['connect ECONNREFUSED 127.0.0.1', 'network', 'connect ECONNREFUSED 127.0.0.1'],
  ['Network request failed', 'network', 'Network request failed'],
  ['Error:   Connection lost', 'network', 'Connection lost'],
  [
    'Error: EXTENSION NOT ENTITLED TO USE API METHOD me',
    'host',
    'EXTENSION NOT ENTITLED TO USE API METHOD me',
  ],
  ['Error: Something the host said', 'host', 'Something the host said'],
  ['Not found', 'looker', 'Not found'],
  ['The Error: is inside', 'looker', 'The Error: is inside'],
])('%j is a %s error saying %j', (message, kind, shown) => {
  expect(toApiError(new Error(message))).toMatchObject({ kind, message: shown, status: null })
})

test('an HTML page inside the SDK’s "Request failed" message is a 404 too', () => {
  const e = toApiError(new Error('Error: Request failed: <html><body>Not Found</body></html>'))
  expect(e).toMatchObject({
    kind: 'looker',
    status: 404,
    message: 'Looker could not find what was asked for (it answered with a page, not data).',
  })
  expect(toApiError(new Error('  <html>')).status).toBe(404)
  expect(toApiError(new Error('a < b')).status).toBeNull()
})

test('values that are not errors are unexpected failures', () => {
  expect(toApiError(null)).toMatchObject({
    kind: 'unexpected',
    message: 'Unexpected failure: null',
  })
  expect(toApiError({ message: 42 })).toMatchObject({ kind: 'unexpected' })
  expect(toApiError(undefined).message).toBe('Unexpected failure: undefined')
})

test('a documentation link without a three-digit status gives none', () => {
  expect(statusFromDocumentationUrl('')).toBeNull()
  expect(statusFromDocumentationUrl(undefined)).toBeNull()
  expect(statusFromDocumentationUrl('https://x/r/err/4.0/42/get')).toBeNull()
  expect(statusFromDocumentationUrl('https://x/r/err//404/get')).toBeNull()
  expect(statusFromDocumentationUrl('https://x/r/err/4.0/5034/get')).toBeNull()
})

test('a refusal without chatty’s prefix is still the host’s', () => {
  expect(toApiError(new Error('Extension not entitled to use api method me'))).toMatchObject({
    kind: 'host',
    message: 'Extension not entitled to use api method me',
  })
})

test('only the host giving up waiting is a timeout', () => {
  expect(isTimedOut(new ApiError('Timeout', 'network'))).toBe(true)
  expect(isTimedOut(new ApiError('  timeout \n', 'network'))).toBe(true)
  expect(isTimedOut(new ApiError('Timeout exceeded', 'network'))).toBe(false)
  expect(isTimedOut(new ApiError('A timeout', 'network'))).toBe(false)
  expect(isTimedOut(new ApiError('Timeout', 'looker'))).toBe(false)
})

test('a write’s outcome is unknown after a timeout, a dropped connection or a 5xx', () => {
  expect(outcomeUnknown(new ApiError('Timeout', 'network'))).toBe(true)
  expect(outcomeUnknown(new ApiError('socket hang up', 'network'))).toBe(true)
  expect(outcomeUnknown(new ApiError('Bad gateway', 'looker', null, 502))).toBe(true)
  expect(outcomeUnknown(new ApiError('Internal', 'looker', null, 500))).toBe(true)
  expect(outcomeUnknown(new ApiError('Conflict', 'looker', null, 499))).toBe(false)
  expect(outcomeUnknown(new ApiError('Conflict', 'looker', null, 409))).toBe(false)
  expect(outcomeUnknown(new ApiError('Nope', 'looker'))).toBe(false)
  expect(outcomeUnknown(new ApiError('Refused', 'host'))).toBe(false)
})

/** Ids in extension paths survive the router's one decodeURI and the host's replay on reload. */
import {
  idFromSegment,
  isWellFormedRoute,
  pathSegment,
  projectIdFrom,
  projectPath,
  reportedRoute,
} from './routes'

test.each([
  ['plain', 'ecommerce', 'ecommerce'],
  ['a space and a slash', 'my project/x', 'my%20project%2Fx'],
  ['a percent sign', '100%', '100~25'],
  ['a tilde', 'a~b', 'a~7Eb'],
  ['both', '~%~%', '~7E~25~7E~25'],
])('an id with %s is written so that decodeURI leaves it alone', (_what, id, segment) => {
  expect(pathSegment(id)).toBe(segment)
  expect(idFromSegment(segment)).toBe(id)
  // The router decodes once; the id still comes back.
  expect(idFromSegment(decodeURI(segment))).toBe(id)
})

test('a segment the router already decoded to a bare % is read as it is', () => {
  expect(idFromSegment('100%')).toBe('100%')
  expect(idFromSegment('50% off~7e')).toBe('50% off~')
})

test('the project page path and the id read back from it', () => {
  expect(projectPath('a/b%')).toBe('/projects/a%2Fb~25')
  expect(projectIdFrom('a%2Fb~25')).toBe('a/b%')
})

test.each([
  ['/projects/ok', true],
  ['/projects/a%20b?x=%', true],
  ['/projects/a#%', true],
  ['/projects/100%', false],
  ['/projects/%E0%A4%A', false],
])('the route %s is well formed: %s', (route, ok) => {
  expect(isWellFormedRoute(route)).toBe(ok)
})

test('the reported route keeps every % of the decoded path for the next decodeURI', () => {
  const reported = reportedRoute('/projects/100%/a%b', '?q=%')
  expect(reported).toBe('/projects/100%25/a%25b?q=%')
  expect(decodeURI(reported.split('?')[0]!)).toBe('/projects/100%/a%b')
})

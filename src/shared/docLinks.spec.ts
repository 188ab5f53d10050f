/** Only https links to Looker's documentation become links; anything else is shown as text. */
import { isLookerDocumentationUrl } from './docLinks'

test.each([
  'https://cloud.google.com/looker/docs/r/err/4.0/404/get/projects',
  'https://docs.looker.com/r/err/4.0/404/get/projects',
  'https://help.looker.com/hc/en-us/articles/1',
])('%s is a documentation link', (url) => {
  expect(isLookerDocumentationUrl(url)).toBe(true)
})

test.each([
  ['not a URL', 'see the docs'],
  ['http', 'http://docs.looker.com/r/err/4.0/404'],
  ['javascript:', 'javascript:alert(1)'],
  ['another host', 'https://example.com/looker/docs'],
  ['a look-alike host', 'https://docs.looker.com.example.com/r'],
  ['Google Cloud outside Looker', 'https://cloud.google.com/bigquery/docs'],
  ['a user name', 'https://ada@docs.looker.com/r'],
  ['a password', 'https://:secret@docs.looker.com/r'],
])('%s is not a documentation link', (_what, url) => {
  expect(isLookerDocumentationUrl(url)).toBe(false)
})

import { ideHref } from './LookerLink'

// IDE links are built from what Looker reports (a validation's file_path, a data test's file):
// each segment is encoded, and a path that would leave the project is no link at all.
test.each<[string | null, number | null, string]>([
  [
    'ecommerce/views/orders.view.lkml',
    12,
    '/projects/ecommerce/files/views/orders.view.lkml?line=12',
  ],
  ['views/orders.view.lkml', null, '/projects/ecommerce/files/views/orders.view.lkml'],
  ['views/a b#c?d%e.lkml', 1, '/projects/ecommerce/files/views/a%20b%23c%3Fd%25e.lkml?line=1'],
  [null, null, '/projects/ecommerce'],
])('%j at line %j opens %s', (file, line, href) => {
  expect(ideHref('ecommerce', file, line)).toBe(href)
})

test.each([
  'ecommerce/../../../admin/users',
  '../admin',
  'views/./x.lkml',
  'views//x.lkml',
  '/admin/users',
  'views\\..\\..\\admin',
  'views/x\u0000.lkml',
  'https://evil.example/x',
  'javascript:alert(1)',
])('a file path that is not inside the project (%j) is no link', (file) => {
  expect(ideHref('ecommerce', file, 3)).toBeNull()
})

test('a line that is not a line number is left out', () => {
  expect(ideHref('ecommerce', 'views/a.lkml', -1)).toBe('/projects/ecommerce/files/views/a.lkml')
  expect(ideHref('ecommerce', 'views/a.lkml', 1.5)).toBe('/projects/ecommerce/files/views/a.lkml')
})

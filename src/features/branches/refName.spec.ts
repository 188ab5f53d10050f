import { invalidRefNameReason } from './refName'

test.each([
  ['feature/net-revenue'],
  ['fix-123'],
  ['a.b'],
  ['release/2025.11'],
  ['dev-ada-lovelace-1a2b'],
  ['ümlaut'],
  ['a@b'],
])('%s is a valid branch name', (name) => {
  expect(invalidRefNameReason(name)).toBeNull()
})

test.each([
  ['', 'Enter a branch name.'],
  ['@', 'cannot be called "@"'],
  ['HEAD', 'cannot be called "HEAD"'],
  ['-x', 'cannot start with "-"'],
  ['/x', 'cannot start with "/"'],
  ['x/', 'cannot end with "/"'],
  ['x.', 'cannot end with "."'],
  ['x.lock', 'cannot end with ".lock"'],
  ['a.lock/b', 'can end with ".lock"'],
  ['a..b', 'cannot contain ".."'],
  ['a//b', 'cannot contain "//"'],
  ['a@{b', 'cannot contain "@{"'],
  ['.hidden', 'can start with "."'],
  ['a/.b', 'can start with "."'],
  ['has space', 'cannot contain spaces'],
  ['tab\there', 'control characters'],
  ['nul\u0000', 'control characters'],
  ['del\u007f', 'control characters'],
  ['a~b', 'cannot contain "~"'],
  ['a^b', 'cannot contain "^"'],
  ['a:b', 'cannot contain ":"'],
  ['a?b', 'cannot contain "?"'],
  ['a*b', 'cannot contain "*"'],
  ['a[b', 'cannot contain "["'],
  ['a\\b', 'cannot contain "\\"'],
])('%j is refused: %s', (name, reason) => {
  expect(invalidRefNameReason(name)).toContain(reason)
})

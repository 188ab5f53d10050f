/** The git remotes Looker projects have, read as a host and a path only when they are one. */
import { pullRequestLink } from './pullRequestUrl'

test.each([
  ['scp form without .git', 'git@github.com:acme/shop', 'https://github.com/acme/shop'],
  ['scp form with a trailing slash', 'git@github.com:acme/shop/', 'https://github.com/acme/shop'],
  ['https without .git', 'https://github.com/acme/shop', 'https://github.com/acme/shop'],
  ['http', 'http://git.acme.internal/data/shop.git', 'https://git.acme.internal/data/shop'],
  [
    'https with a user',
    'https://ada@git.acme.internal/data/shop.git',
    'https://git.acme.internal/data/shop',
  ],
  [
    'ssh with a port',
    'ssh://git@git.acme.internal:2222/data/shop.git',
    'https://git.acme.internal/data/shop',
  ],
  [
    'https with a trailing slash',
    'https://git.acme.internal/data/shop/',
    'https://git.acme.internal/data/shop',
  ],
])('%s: %s', (_what, remote, repo) => {
  expect(pullRequestLink(remote, 'b', 'main').url.startsWith(repo)).toBe(true)
  expect(pullRequestLink(remote, 'b', 'main').url).not.toContain('.git')
})

test.each([
  ['text before an scp address', 'see git@github.com:acme/shop.git'],
  ['text before a URL', 'mirror https://github.com/acme/shop.git'],
  ['another scheme', 'ftp://github.com/acme/shop.git'],
  ['a port that is not a number', 'ssh://git@github.com:port/acme/shop.git'],
])('%s is not read as a remote: shown as it is', (_what, remote) => {
  expect(pullRequestLink(remote, 'b', 'main')).toEqual({ url: remote, host: null })
})

test('an https remote without .git still opens the host’s pull request page', () => {
  expect(pullRequestLink('https://github.com/acme/shop', 'b', 'main')).toEqual({
    url: 'https://github.com/acme/shop/compare/main...b?expand=1',
    host: 'GitHub',
  })
})

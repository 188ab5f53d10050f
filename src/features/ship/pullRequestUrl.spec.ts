import { pullRequestLink } from './pullRequestUrl'

test.each([
  [
    'git@github.com:acme/shop.git',
    'https://github.com/acme/shop/compare/main...feature%2Fx?expand=1',
    'GitHub',
  ],
  [
    'https://gitlab.com/acme/data/shop.git',
    'https://gitlab.com/acme/data/shop/-/merge_requests/new?merge_request%5Bsource_branch%5D=feature%2Fx&merge_request%5Btarget_branch%5D=main',
    'GitLab',
  ],
  [
    'ssh://git@bitbucket.org/acme/shop.git',
    'https://bitbucket.org/acme/shop/pull-requests/new?source=feature%2Fx&dest=main',
    'Bitbucket',
  ],
  ['git@git.acme.internal:data/shop.git', 'https://git.acme.internal/data/shop', null],
  ['/srv/git/shop.git', '/srv/git/shop.git', null],
])('%s', (remote, url, host) => {
  expect(pullRequestLink(remote, 'feature/x', 'main')).toEqual({ url, host })
})

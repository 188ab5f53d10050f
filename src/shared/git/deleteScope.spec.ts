/** What the delete dialog says a deletion removes, from the branches Looker listed. */
import type { Branch } from '../../looker'
import { deleteScope } from './deleteScope'

const branch = (over: Partial<Branch> = {}): Branch => ({
  name: 'feature/x',
  isCurrent: false,
  isProduction: false,
  isPersonal: false,
  isReadOnly: false,
  isLocal: true,
  isRemote: true,
  ahead: 0,
  behind: 0,
  commitAt: null,
  ref: 'aaa111',
  remoteRef: 'aaa111',
  message: null,
  ownerName: null,
  error: null,
  can: {},
  ...over,
})

describe('where Looker deletes it', () => {
  test('on both sides', () => {
    expect(deleteScope(branch(), []).where).toBe(
      'Looker deletes feature/x from your development copy and from the remote repository.'
    )
  })

  test('only in the development copy', () => {
    expect(deleteScope(branch({ isRemote: false }), []).where).toBe(
      'Looker deletes feature/x from your development copy. It is not on the remote repository, so nothing is deleted there.'
    )
  })

  test('only on the remote', () => {
    expect(deleteScope(branch({ isLocal: false }), []).where).toBe(
      'Looker deletes feature/x from the remote repository. It is not in your development copy.'
    )
  })
})

describe('whether its commits are kept elsewhere', () => {
  test('another branch at the same head keeps every commit: nothing at risk', () => {
    const scope = deleteScope(branch(), [branch(), branch({ name: 'main', remoteRef: null })])
    expect(scope).toMatchObject({ keptOn: 'main', atRisk: false, losses: [] })
  })

  test('the branch itself does not count as keeping its commits', () => {
    const scope = deleteScope(branch(), [branch()])
    expect(scope).toMatchObject({
      keptOn: null,
      atRisk: true,
      losses: ['every commit that is only on feature/x'],
    })
  })

  test("another branch's remote head counts too", () => {
    const scope = deleteScope(branch(), [branch({ name: 'release', ref: 'bbb222' })])
    expect(scope.keptOn).toBe('release')
    const other = deleteScope(branch(), [
      branch({ name: 'release', ref: 'bbb222', remoteRef: 'ccc333' }),
    ])
    expect(other.keptOn).toBeNull()
  })

  test('a remote-only branch is matched by its remote head', () => {
    const remoteOnly = branch({ isLocal: false, ref: null, remoteRef: 'ddd444' })
    expect(deleteScope(remoteOnly, [branch({ name: 'main', ref: 'ddd444' })]).keptOn).toBe('main')
  })

  test('a branch with no head known is always at risk', () => {
    const unknown = branch({ ref: null, remoteRef: null })
    const scope = deleteScope(unknown, [branch({ name: 'main', ref: null, remoteRef: null })])
    expect(scope).toMatchObject({ keptOn: null, atRisk: true })
  })
})

describe('unpushed commits in the loss', () => {
  test.each([
    ['ahead of the remote', { ahead: 2 }, 'every commit that is only on feature/x (2 not pushed)'],
    ['level with the remote', { ahead: 0 }, 'every commit that is only on feature/x'],
    ['no tracking ref', { ahead: null }, 'every commit that is only on feature/x'],
    [
      'not in the development copy',
      { isLocal: false, ahead: 3 },
      'every commit that is only on feature/x',
    ],
  ])('%s', (_label, over: Partial<Branch>, loss) => {
    expect(deleteScope(branch(over), []).losses).toEqual([loss])
  })
})

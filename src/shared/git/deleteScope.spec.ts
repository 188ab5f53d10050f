/** What the delete dialog says a deletion removes, from the branches Looker listed. */
import type { Branch } from '../../looker'
import { branchFixture } from '../../../test/fixtures'
import { deleteScope } from './deleteScope'

describe('where Looker deletes it', () => {
  test('on both sides', () => {
    expect(deleteScope(branchFixture(), []).where).toBe(
      'Looker deletes feature/x from your development copy and from the remote repository.'
    )
  })

  test('only in the development copy', () => {
    expect(deleteScope(branchFixture({ isRemote: false }), []).where).toBe(
      'Looker deletes feature/x from your development copy. It is not on the remote repository, so nothing is deleted there.'
    )
  })

  test('only on the remote', () => {
    expect(deleteScope(branchFixture({ isLocal: false }), []).where).toBe(
      'Looker deletes feature/x from the remote repository. It is not in your development copy.'
    )
  })
})

describe('whether its commits are kept elsewhere', () => {
  test('another branch at the same head keeps every commit: nothing at risk', () => {
    const scope = deleteScope(branchFixture(), [
      branchFixture(),
      branchFixture({ name: 'main', remoteRef: null }),
    ])
    expect(scope).toMatchObject({ keptOn: 'main', atRisk: false, losses: [] })
  })

  test('the branch itself does not count as keeping its commits', () => {
    const scope = deleteScope(branchFixture(), [branchFixture()])
    expect(scope).toMatchObject({
      keptOn: null,
      atRisk: true,
      losses: ['every commit that is only on feature/x'],
    })
  })

  test("another branch's remote head counts too", () => {
    const scope = deleteScope(branchFixture(), [branchFixture({ name: 'release', ref: 'bbb222' })])
    expect(scope.keptOn).toBe('release')
    const other = deleteScope(branchFixture(), [
      branchFixture({ name: 'release', ref: 'bbb222', remoteRef: 'ccc333' }),
    ])
    expect(other.keptOn).toBeNull()
  })

  test('a remote-only branch is matched by its remote head', () => {
    const remoteOnly = branchFixture({ isLocal: false, ref: null, remoteRef: 'ddd444' })
    expect(deleteScope(remoteOnly, [branchFixture({ name: 'main', ref: 'ddd444' })]).keptOn).toBe(
      'main'
    )
  })

  test('a branch with no head known is always at risk', () => {
    const unknown = branchFixture({ ref: null, remoteRef: null })
    const scope = deleteScope(unknown, [
      branchFixture({ name: 'main', ref: null, remoteRef: null }),
    ])
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
    expect(deleteScope(branchFixture(over), []).losses).toEqual([loss])
  })
})

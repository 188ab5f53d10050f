import type { ProjectState } from '../../looker'
import { branchFixture } from '../../../test/fixtures'
import { changeSince, lossList } from './branchChanges'

const clean = { kind: 'upToDate', ahead: 0, behind: 0, lookerStatus: 'clean' } as const
const state = (over: Partial<ProjectState> = {}): ProjectState => ({
  projectId: 'p',
  workspaceId: 'dev',
  branch: branchFixture({ isCurrent: true }),
  branchKind: 'shared',
  git: clean,
  ...over,
})

test('the loss list names uncommitted changes and unpushed commits, and is empty otherwise', () => {
  expect(
    lossList('remote', branchFixture({ ahead: 2 }), { ...clean, kind: 'uncommitted' })
  ).toEqual(['your uncommitted changes', '2 commits not on the remote'])
  expect(lossList('remote', branchFixture({ ahead: 1 }), clean)).toEqual([
    '1 commit not on the remote',
  ])
  expect(lossList('remote', branchFixture(), clean)).toEqual([])
  expect(lossList('production', branchFixture(), clean)).toHaveLength(1)
})

test('a change behind the page is named; the same state is not a change', () => {
  expect(changeSince(state(), state())).toBeNull()
  expect(changeSince(state(), state({ branch: branchFixture({ name: 'other' }) }))).toMatch(
    /other as the current branch/
  )
  expect(changeSince(state(), state({ branch: branchFixture({ ref: 'def' }) }))).toMatch(/moved/)
  expect(changeSince(state(), state({ branch: branchFixture({ ahead: 1 }) }))).toMatch(/moved/)
  expect(changeSince(state(), state({ git: { ...clean, kind: 'uncommitted' } }))).toMatch(
    /uncommitted changes/
  )
})

test('the loss list says each loss in words', () => {
  expect(
    lossList('remote', branchFixture(), { ...clean, kind: 'unknown', lookerStatus: 'rebasing' })
  ).toEqual(['any uncommitted changes (Looker reports "rebasing")'])
  expect(
    lossList('remote', branchFixture(), { ...clean, kind: 'unknown', lookerStatus: null })
  ).toEqual(['any uncommitted changes (Looker reports "")'])
  expect(lossList('remote', branchFixture(), { ...clean, kind: 'conflict' })).toEqual([
    'your uncommitted changes',
  ])
  expect(lossList('remote', branchFixture({ isRemote: false, ahead: 3 }), clean)).toEqual([
    'every commit on this branch: it was never pushed to the remote',
  ])
  expect(lossList('remote', branchFixture({ ahead: null }), clean)).toEqual([])
  expect(lossList('remote', branchFixture({ ahead: 0, behind: 4 }), clean)).toEqual([])
  expect(
    lossList('production', branchFixture({ ahead: 1 }), { ...clean, kind: 'uncommitted' })
  ).toEqual([
    'your uncommitted changes',
    '1 commit not on the remote',
    'from this branch, every commit that is not in production (pushed commits stay on the remote)',
  ])
})

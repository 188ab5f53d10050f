import { branchFixture } from '../../../test/fixtures'
import { aheadBehindLabel, branchFlags, gitErrorLabel, lastCommitLabel } from './labels'

test("the last commit says what Looker gives: time and short SHA (its message is not the commit's)", () => {
  const b = branchFixture({
    commitAt: Date.UTC(2025, 10, 19, 0, 20) / 1000,
    ref: '8c5f2d0e9b1a4c7d3e6f8a9b0c1d2e3f4a5b6c7d',
    message: 'Net revenue excludes discounts',
  })
  expect(lastCommitLabel(b)).toBe('last commit 2025-11-19 00:20 UTC · 8c5f2d0')
})

test('what Looker leaves out is left out, not shown as a dash', () => {
  expect(lastCommitLabel(branchFixture({ commitAt: null, ref: null, message: null }))).toBe('')
  expect(lastCommitLabel(branchFixture({ commitAt: null, ref: 'main', message: null }))).toBe('')
})

test("Looker's message goes with its error, in its words, and nothing when there is none", () => {
  expect(
    gitErrorLabel(branchFixture({ error: 'merge conflict', message: 'fix it in the IDE' }))
  ).toBe('git error: merge conflict: fix it in the IDE')
  expect(gitErrorLabel(branchFixture({ error: null, message: 'remote unreachable' }))).toBe(
    'git error: remote unreachable'
  )
  expect(gitErrorLabel(branchFixture({ error: null, message: null }))).toBe('')
})

test('counts are claimed only where Looker gives them: remote-only and local-only branches have none', () => {
  const none = { ahead: null, behind: null }
  expect(aheadBehindLabel(branchFixture({ ...none, isLocal: false, ref: null }))).toBe(
    'no local copy'
  )
  expect(aheadBehindLabel(branchFixture({ ...none, isRemote: false }))).toBe('not on the remote')
  expect(aheadBehindLabel(branchFixture({ ahead: 0, behind: 0 }))).toBe('up to date')
  expect(aheadBehindLabel(branchFixture({ ahead: 2, behind: 1 }))).toBe('2 ahead, 1 behind')
})

test('the short SHA is taken only from a hexadecimal ref of 7 to 40 digits', () => {
  const at = (ref: string | null) => lastCommitLabel(branchFixture({ commitAt: null, ref }))
  expect(at('ABCDEF0')).toBe('ABCDEF0')
  expect(at('abcdef01234')).toBe('abcdef0')
  expect(at('abcdef')).toBe('')
  expect(at('a'.repeat(40))).toBe('aaaaaaa')
  expect(at('a'.repeat(41))).toBe('')
  expect(at('xabcdef0')).toBe('')
  expect(at('abcdef0x')).toBe('')
  expect(at('')).toBe('')
  expect(lastCommitLabel(branchFixture({ commitAt: 0, ref: null }))).toBe(
    'last commit 1970-01-01 00:00 UTC'
  )
})

test('a branch’s flags name what it is, in order', () => {
  expect(branchFlags(branchFixture({ isLocal: true, isRemote: true }))).toEqual([])
  expect(
    branchFlags(
      branchFixture({
        isCurrent: true,
        isProduction: true,
        isPersonal: true,
        isReadOnly: true,
        isLocal: true,
        isRemote: false,
      })
    )
  ).toEqual(['current', 'production', 'personal', 'read-only', 'local only'])
  expect(branchFlags(branchFixture({ isLocal: false, isRemote: true }))).toEqual(['remote only'])
  expect(branchFlags(branchFixture({ isLocal: false, isRemote: false }))).toEqual([])
})

test('ahead/behind names only the side that is not zero; a local branch without counts shows a dash', () => {
  expect(aheadBehindLabel(branchFixture({ ahead: 3, behind: 0 }))).toBe('3 ahead')
  expect(aheadBehindLabel(branchFixture({ ahead: 0, behind: 2 }))).toBe('2 behind')
  expect(aheadBehindLabel(branchFixture({ ahead: null, behind: 0 }))).toBe('—')
  expect(aheadBehindLabel(branchFixture({ ahead: 0, behind: null }))).toBe('—')
  expect(
    aheadBehindLabel(branchFixture({ ahead: 1, behind: null, isRemote: false, isLocal: true }))
  ).toBe('not on the remote')
})

test('an error without a message is said alone', () => {
  expect(gitErrorLabel(branchFixture({ error: 'locked', message: null }))).toBe('git error: locked')
  expect(gitErrorLabel(branchFixture({ error: '', message: '' }))).toBe('')
})

/** How the git health table words a branch's distance from its remote and its flags. */
import { branchFixture } from '../../../test/fixtures'
import { aheadBehindText, flagsText } from './labels'

test.each([
  ['in step with its remote', { ahead: 0, behind: 0 }, 'up to date'],
  ['ahead only', { ahead: 2, behind: 0 }, '2 ahead'],
  ['behind only', { ahead: 0, behind: 3 }, '3 behind'],
  ['both', { ahead: 2, behind: 3 }, '2 ahead, 3 behind'],
  ['not on the remote', { ahead: null, behind: null, isRemote: false }, 'not pushed'],
  ['without a count from Looker', { ahead: null, behind: 1, isRemote: true }, '—'],
  ['with only the ahead count', { ahead: 1, behind: null, isRemote: true }, '—'],
])('a branch %s', (_what, over, words) => {
  expect(aheadBehindText(branchFixture(over))).toBe(words)
})

test.each([
  ['no flag', {}, ''],
  ['current', { isCurrent: true }, 'current'],
  ['read-only', { isReadOnly: true }, 'read-only'],
  ['current and read-only', { isCurrent: true, isReadOnly: true }, 'current · read-only'],
  ['a git error', { error: 'fatal' }, 'git error: fatal'],
  ['a git message', { message: 'detached HEAD' }, 'git error: detached HEAD'],
  ['both of Looker’s words', { error: 'fatal', message: 'bad ref' }, 'git error: fatal: bad ref'],
  [
    'everything',
    { isCurrent: true, isReadOnly: true, error: 'fatal' },
    'current · read-only · git error: fatal',
  ],
])('flags: %s', (_what, over, words) => {
  expect(flagsText(branchFixture(over))).toBe(words)
})

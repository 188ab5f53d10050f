import type { GitDiagnosticCheck, GitDiagnosticReport, LookerApi } from '../../looker'
import { sleep } from '../../shared/abort'
import {
  checkName,
  isFound,
  MANUAL,
  outcomeText,
  REPORT_GIVE_UP_MS,
  REPORT_POLL_MS,
  untilDone,
} from './diagnose'

/** The waits asked for, answered at once: what is pinned is which wait, not when it ends. */
jest.mock('../../shared/abort', () => ({
  ...jest.requireActual('../../shared/abort'),
  sleep: jest.fn(() => Promise.resolve()),
}))
const waits = () => jest.mocked(sleep).mock.calls.map(([ms]) => ms)

const report = (running: boolean, id = 'r1'): GitDiagnosticReport => ({
  id,
  state: running ? 'running' : 'complete',
  status: null,
  running,
  checks: [],
})

/** An api whose report reads answer `answers` in turn. */
function apiAnswering(...answers: GitDiagnosticReport[]) {
  const getGitDiagnostic = jest.fn(async () => answers.shift()!)
  return { api: { getGitDiagnostic } as unknown as LookerApi, getGitDiagnostic }
}

const check = (over: Partial<GitDiagnosticCheck>): GitDiagnosticCheck => ({
  id: 'c',
  type: 'stale_lock_files',
  scope: null,
  state: null,
  ...over,
})

afterEach(() => jest.restoreAllMocks())
beforeEach(() => jest.mocked(sleep).mockClear())

describe('untilDone', () => {
  it('waits Looker’s documented steps', () => {
    expect(REPORT_POLL_MS).toEqual([250, 500, 1000, 2000, 4000])
    expect(REPORT_GIVE_UP_MS).toBe(300_000)
  })

  it('returns a finished report without reading it again', async () => {
    const { api, getGitDiagnostic } = apiAnswering()
    const first = report(false)
    expect(await untilDone(api, 'p', first, new AbortController().signal)).toBe(first)
    expect(getGitDiagnostic).not.toHaveBeenCalled()
    expect(waits()).toEqual([])
  })

  it('reads the report until it is over, waiting longer each time up to the last step', async () => {
    const done = report(false)
    const { api, getGitDiagnostic } = apiAnswering(
      ...Array.from({ length: 6 }, () => report(true, 'other')),
      done
    )
    const signal = new AbortController().signal
    expect(await untilDone(api, 'proj', report(true, 'r9'), signal)).toBe(done)
    expect(waits()).toEqual([250, 500, 1000, 2000, 4000, 4000, 4000])
    expect(jest.mocked(sleep).mock.calls.every(([, s]) => s === signal)).toBe(true)
    expect(getGitDiagnostic).toHaveBeenCalledTimes(7)
    expect(getGitDiagnostic.mock.calls.every((args) => args.join() === 'proj,r9')).toBe(true)
  })

  it('takes the steps it is given', async () => {
    const { api } = apiAnswering(report(true), report(true), report(false))
    await untilDone(api, 'p', report(true), new AbortController().signal, [1, 2])
    expect(waits()).toEqual([1, 2, 2])
  })

  it('gives up once Looker has run the checks for more than 5 minutes', async () => {
    const start = 1_000_000
    const now = jest.spyOn(Date, 'now').mockReturnValue(start)
    const { api, getGitDiagnostic } = apiAnswering(report(true), report(true), report(true))
    getGitDiagnostic.mockImplementation(async () => {
      // Each read ends later: exactly at the limit, then one past it.
      now.mockReturnValue(start + REPORT_GIVE_UP_MS + getGitDiagnostic.mock.calls.length - 1)
      return report(true)
    })
    await expect(untilDone(api, 'p', report(true), new AbortController().signal)).rejects.toThrow(
      new Error('Looker is still running the checks after 5 minutes: Diagnose again later.')
    )
    expect(getGitDiagnostic).toHaveBeenCalledTimes(2)
  })
})

describe('words', () => {
  it.each([
    ['git_setup', 'Git setup'],
    ['git_connection_test', 'Git connection test'],
    ['stale_lock_files', 'Stale lock files'],
    ['file_permissions', 'File permissions'],
    ['object_index', 'Object index'],
    ['repository_integrity', 'Repository integrity'],
    ['something_new', 'something_new'],
  ])('names the check %s "%s"', (type, name) => {
    expect(checkName(check({ type }))).toBe(name)
  })

  it.each([
    ['not_detected', 'not found'],
    ['Detected', 'found'],
    ['REPAIRED', 'repaired'],
    ['failed', 'repair failed'],
    ['Skipped', 'Skipped'],
    [null, 'no outcome given'],
    ['', 'no outcome given'],
  ])('says the outcome %j as "%s"', (state, text) => {
    expect(outcomeText(check({ state }))).toBe(text)
  })

  it('finds a problem only where Looker detected one', () => {
    expect(isFound(check({ state: 'DETECTED' }))).toBe(true)
    expect(isFound(check({ state: 'detected' }))).toBe(true)
    expect(isFound(check({ state: 'not_detected' }))).toBe(false)
    expect(isFound(check({ state: 'repaired' }))).toBe(false)
    expect(isFound(check({ state: null }))).toBe(false)
  })

  it('leaves git setup and the connection test to a person', () => {
    expect([...MANUAL]).toEqual(['git_setup', 'git_connection_test'])
  })
})

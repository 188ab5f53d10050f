/**
 * Git Diagnose & Repair over the real SDK, the jest host and the fake Looker, without React: the
 * routes called, how Looker's report maps to checks, when a run is still going, and when the API
 * is not there.
 */
import fs from 'fs'
import { apiOverFake } from '../../test/apiOverFake'
import { MANIFEST_PATH } from '../../test/fakeHost'
import type { FakeLooker } from '../../test/fakeLooker'
import type { LookerApi } from './api'

type FakeRequest = Parameters<Parameters<FakeLooker['intercept']>[1]>[0]

let looker: FakeLooker
let api: LookerApi
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ looker, api, cleanup } = await apiOverFake({ workspace: 'dev' }))
})
afterEach(() => cleanup())

const CREATE = 'create_git_diagnostic_report'
const GET = 'get_git_diagnostic_report'
const REPAIR = 'repair_git_diagnostic_report'

/** Records the requests of `operation` and answers them with `body`. */
function answerWith(operation: string, body: unknown) {
  const seen: FakeRequest[] = []
  looker.intercept(operation, async (req) => {
    seen.push(req)
    return { status: 200, contentType: 'application/json', body }
  })
  return seen
}

const startedWith = async (body: unknown) => {
  answerWith(CREATE, body)
  const start = await api.startGitDiagnostic('inventory', 'developer')
  if (!start.available) throw new Error('expected the API')
  return start.report
}

describe('startGitDiagnostic', () => {
  it('starts the checks of the chosen copy and maps the report Looker returns', async () => {
    const seen = answerWith(CREATE, {
      id: 'r1',
      state: 'complete',
      status: 'ok',
      issues: [
        { id: 'c1', issue_type: 'stale_lock_files', project_type: 'developer', state: 'detected' },
        {},
        { id: null, issue_type: null, project_type: null, state: null },
      ],
    })
    expect(await api.startGitDiagnostic('my project/x', 'production')).toEqual({
      available: true,
      report: {
        id: 'r1',
        state: 'complete',
        status: 'ok',
        running: false,
        checks: [
          { id: 'c1', type: 'stale_lock_files', scope: 'developer', state: 'detected' },
          { id: '1', type: 'unnamed check', scope: null, state: null },
          { id: '2', type: 'unnamed check', scope: null, state: null },
        ],
      },
    })
    expect(seen.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/projects/my%20project%2Fx/git_diagnostic_report', { project_type: 'production' }],
    ])
  })

  it('reads a report without id, words or checks', async () => {
    expect(await startedWith({})).toEqual({
      id: '',
      state: null,
      status: null,
      running: false,
      checks: [],
    })
    looker.intercept(CREATE, async () => ({
      status: 200,
      contentType: 'application/json',
      body: { id: 7, state: null, status: null, issues: null },
    }))
    const start = await api.startGitDiagnostic('inventory', 'developer')
    expect(start).toEqual({
      available: true,
      report: { id: '7', state: null, status: null, running: false, checks: [] },
    })
  })

  it.each([
    'new',
    'pending',
    'queued',
    'running',
    'in_progress',
    'in progress',
    'started',
    'initiated',
    'diagnosing',
    'repairing',
    'RUNNING',
    'In_Progress',
  ])('a report whose state is "%s" is still running', async (word) => {
    expect((await startedWith({ id: 'r', state: word })).running).toBe(true)
  })

  it('a report whose status alone says it is going is still running', async () => {
    expect((await startedWith({ id: 'r', state: 'complete', status: 'Pending' })).running).toBe(
      true
    )
  })

  it.each([
    'complete',
    'done',
    'failed',
    'not running',
    'running late',
    'inprogress',
    'in-progress',
    '',
  ])('a report whose state and status are "%s" is over', async (word) => {
    expect((await startedWith({ id: 'r', state: word, status: word })).running).toBe(false)
  })

  it('an answer that is not a report is an error naming the operation', async () => {
    answerWith(CREATE, ['r1'])
    await expect(api.startGitDiagnostic('inventory', 'developer')).rejects.toMatchObject({
      name: 'ApiError',
      kind: 'unexpected',
      message:
        'Looker answered create_git_diagnostic_report with ["r1"] where a git diagnostic report was expected.',
    })
  })

  it('is unavailable on a Looker without the route (404)', async () => {
    looker.fail(CREATE, 404, 'Not found')
    expect(await api.startGitDiagnostic('inventory', 'developer')).toEqual({ available: false })
  })

  it('is unavailable where the host refuses the method', async () => {
    await cleanup()
    const manifest = fs.readFileSync(MANIFEST_PATH, 'utf8').replace(`"${CREATE}",`, '')
    ;({ looker, api, cleanup } = await apiOverFake({ workspace: 'dev', manifest }))
    expect(await api.startGitDiagnostic('inventory', 'developer')).toEqual({ available: false })
  })

  it('any other failure is Looker’s error', async () => {
    looker.fail(CREATE, 403, 'You may not diagnose this project')
    await expect(api.startGitDiagnostic('inventory', 'developer')).rejects.toMatchObject({
      name: 'ApiError',
      status: 403,
      message: 'You may not diagnose this project',
    })
  })

  it('runs on the fake Looker 26', async () => {
    const start = await api.startGitDiagnostic('inventory', 'developer')
    expect(start).toMatchObject({ available: true, report: { running: true, checks: [] } })
  })
})

describe('getGitDiagnostic and repairGitDiagnostic', () => {
  it('reads a report by its id', async () => {
    const seen = answerWith(GET, {
      id: 'r 1',
      state: 'complete',
      issues: [{ id: 'c', state: 'detected' }],
    })
    expect(await api.getGitDiagnostic('a/b', 'r 1')).toEqual({
      id: 'r 1',
      state: 'complete',
      status: null,
      running: false,
      checks: [{ id: 'c', type: 'unnamed check', scope: null, state: 'detected' }],
    })
    expect(seen.map((r) => [r.method, r.path])).toEqual([
      ['GET', '/projects/a%2Fb/git_diagnostic_report/r%201'],
    ])
  })

  it('names the read in an answer that is not a report', async () => {
    answerWith(GET, 42)
    await expect(api.getGitDiagnostic('inventory', 'r')).rejects.toMatchObject({
      message:
        'Looker answered get_git_diagnostic_report with 42 where a git diagnostic report was expected.',
    })
  })

  it('repairs what a report found', async () => {
    const seen = answerWith(REPAIR, { id: 'r1', state: 'repairing' })
    expect(await api.repairGitDiagnostic('a/b', 'r/1')).toEqual({
      id: 'r1',
      state: 'repairing',
      status: null,
      running: true,
      checks: [],
    })
    expect(seen.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/projects/a%2Fb/git_diagnostic_report/r%2F1/repair', {}],
    ])
  })

  it('names the repair in an answer that is not a report', async () => {
    answerWith(REPAIR, null)
    await expect(api.repairGitDiagnostic('inventory', 'r')).rejects.toMatchObject({
      message: expect.stringMatching(
        /^Looker answered repair_git_diagnostic_report with .* where a git diagnostic report was expected\.$/
      ),
    })
  })

  it('a failed repair is Looker’s error', async () => {
    looker.fail(REPAIR, 404, 'No such report')
    await expect(api.repairGitDiagnostic('inventory', 'r')).rejects.toMatchObject({
      name: 'ApiError',
      status: 404,
    })
  })
})

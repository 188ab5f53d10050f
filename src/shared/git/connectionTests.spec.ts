import type { GitConnectionResult, LookerApi } from '../../looker'
import { runGitTests } from './connectionTests'

const TESTS = [
  { id: 'url', description: 'Checking the remote URL' },
  { id: 'dns', description: 'Resolving the host' },
  { id: 'read', description: 'Checking read access' },
]

/** An api whose tests pass except `failing`; `runs` records which ran, for which project. */
function apiWith(failing: string | null = null) {
  const runs: string[] = []
  const api = {
    listGitConnectionTests: async (projectId: string) => {
      runs.push(`list ${projectId}`)
      return TESTS
    },
    runGitConnectionTest: async (projectId: string, id: string): Promise<GitConnectionResult> => {
      runs.push(`${id} ${projectId}`)
      return { id, passed: id !== failing, message: `${id}: ${id === failing ? 'failed' : 'OK'}` }
    },
  } as unknown as LookerApi
  return { api, runs }
}

it('runs every test in Looker’s order, saying which one is running', async () => {
  const { api, runs } = apiWith()
  const progress: string[] = []
  const { results } = await runGitTests(api, 'p1', new AbortController().signal, (t) =>
    progress.push(t)
  )
  expect(progress).toEqual([
    'Checking the remote URL (1 of 3)',
    'Resolving the host (2 of 3)',
    'Checking read access (3 of 3)',
  ])
  expect(runs).toEqual(['list p1', 'url p1', 'dns p1', 'read p1'])
  expect(results).toEqual([
    { id: 'url', passed: true, message: 'url: OK', description: 'Checking the remote URL' },
    { id: 'dns', passed: true, message: 'dns: OK', description: 'Resolving the host' },
    { id: 'read', passed: true, message: 'read: OK', description: 'Checking read access' },
  ])
})

it('stops at the first test that fails', async () => {
  const { api, runs } = apiWith('dns')
  const { results } = await runGitTests(api, 'p', new AbortController().signal, () => undefined)
  expect(runs).toEqual(['list p', 'url p', 'dns p'])
  expect(results.map((r) => [r.id, r.passed, r.message])).toEqual([
    ['url', true, 'url: OK'],
    ['dns', false, 'dns: failed'],
  ])
})

it('runs no further test once cancelled', async () => {
  const { api, runs } = apiWith()
  const cancel = new AbortController()
  const { results } = await runGitTests(api, 'p', cancel.signal, (text) => {
    if (text.startsWith('Resolving')) cancel.abort()
  })
  expect(runs).toEqual(['list p', 'url p', 'dns p'])
  expect(results.map((r) => r.id)).toEqual(['url', 'dns'])

  const before = apiWith()
  const aborted = new AbortController()
  aborted.abort()
  expect(await runGitTests(before.api, 'p', aborted.signal, () => undefined)).toEqual({
    results: [],
  })
  expect(before.runs).toEqual(['list p'])
})

/** Looker's git connection tests for a project: the Ship page's check and the git health page. */
import type { GitConnectionResult, LookerApi } from '../../looker'

export interface GitCheckResult {
  results: Array<GitConnectionResult & { description: string }>
}

/** Runs the tests in Looker's order and stops at the first that fails (each needs the ones before). */
export async function runGitTests(
  api: LookerApi,
  projectId: string,
  signal: AbortSignal,
  progress: (text: string) => void
): Promise<GitCheckResult> {
  const tests = await api.listGitConnectionTests(projectId)
  const results: GitCheckResult['results'] = []
  for (const test of tests) {
    if (signal.aborted) break
    progress(`${test.description} (${results.length + 1} of ${tests.length})`)
    const result = await api.runGitConnectionTest(projectId, test.id)
    results.push({ ...result, description: test.description })
    if (!result.passed) break
  }
  return { results }
}

/** The clean-up over the real api and the fake Looker, without React (fast). */
import type { LookerApi } from '../../looker'
import { apiOverFake } from '../../../test/apiOverFake'
import { clientFor, type FakeLooker } from '../../../test/fakeLooker'
import { planCleanUp, runCleanUp } from './cleanUp'
import { healthRows } from './healthRows'
import type { AllBranches } from './useAllBranches'

let looker: FakeLooker
let api: LookerApi
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ looker, api, cleanup } = await apiOverFake())
  await api.switchWorkspace('dev')
})
afterEach(() => cleanup())

const deletes = () => looker.log.filter((e) => e.operation === 'delete_git_branch')

/** The dry run of deleting `names` in finance, as the page would plan it. */
async function planFinance(names: string[]) {
  const project = await api.getProject('finance')
  const listed = await api.getBranches('finance')
  const all: AllBranches = { finance: { status: 'success', value: listed } }
  const rows = healthRows({ project, workspaceId: 'dev', user: null }, listed.branches, 2e9)
  return planCleanUp(
    names.map((n) => rows.find((r) => r.branch.name === n)!),
    all
  )
}

test('a branch that moved after the preview is not deleted, and the clean-up stops there', async () => {
  const plan = await planFinance(['scratch/ada-notes', 'feature/q4-close'])
  // Another tab moves scratch/ada-notes to main's commit, then checks feature/q4-close out again.
  const other = clientFor(looker, 'ada')
  await other.call('PUT', '/projects/finance/git_branch', {
    name: 'scratch/ada-notes',
    ref: 'main',
  })
  await other.call('PUT', '/projects/finance/git_branch', { name: 'feature/q4-close' })
  const progress: string[] = []
  const outcomes = await runCleanUp(api, plan, new Map(), (i, p) =>
    progress.push(`${i} ${p.row.branch.name}`)
  )
  expect(outcomes.map((o) => o.status)).toEqual(['refused', 'notAttempted'])
  expect(outcomes[0]).toMatchObject({
    error: { message: 'Not deleted: scratch/ada-notes moved to another commit since the preview.' },
  })
  expect(progress).toEqual(['0 scratch/ada-notes'])
  expect(deletes()).toHaveLength(0)
})

test('deletes in order, saving a backup first when asked', async () => {
  const plan = await planFinance(['scratch/ada-notes'])
  const outcomes = await runCleanUp(
    api,
    plan,
    new Map([[plan[0]!.row.key, 'backup/notes']]),
    () => undefined
  )
  expect(outcomes).toMatchObject([{ status: 'deleted', backup: 'backup/notes' }])
  const { state, branches } = await api.getBranches('finance')
  expect(branches.map((b) => b.name)).toContain('backup/notes')
  expect(branches.map((b) => b.name)).not.toContain('scratch/ada-notes')
  expect(state.branch?.name).toBe('feature/q4-close')
})

/**
 * The clean-up's second look: each project is read again before its delete, and a branch that is
 * no longer as previewed is not deleted, with the reason in words, and stops the clean-up.
 */
import type { Branch, LookerApi, Project, ProjectState } from '../../looker'
import { branchFixture } from '../../../test/fixtures'
import { planCleanUp, runCleanUp } from './cleanUp'
import type { HealthRow } from './healthRows'

const project = {
  id: 'finance',
  name: 'Finance',
  usesGit: true,
  isGitDevLocked: false,
  can: {},
} as unknown as Project
const state = {
  projectId: 'finance',
  workspaceId: 'dev',
  branch: null,
  git: { kind: 'upToDate', ahead: 0, behind: 0, lookerStatus: 'clean' },
} as unknown as ProjectState

const notes = branchFixture({ name: 'scratch/notes', ref: 'n1', remoteRef: 'n1' })
const keeper = branchFixture({ name: 'keeper', ref: 'n1', remoteRef: 'n1' })
const row = (branch: Branch): HealthRow => ({
  key: `finance\u0000${branch.name}`,
  project,
  branch,
  ageDays: 100,
  where: 'both',
  kind: 'shared',
  blocked: null,
})

/** An api whose project reads answer `branches`; nothing else may be called. */
function apiListing(...branches: Branch[]) {
  return {
    getBranches: async () => ({ state, branches }),
  } as Partial<LookerApi> as LookerApi
}

async function recheck(previewed: Branch[], now: Branch[]) {
  const plan = planCleanUp([row(previewed[0]!)], {
    finance: { status: 'success', value: { state, branches: previewed } },
  } as never)
  const outcomes = await runCleanUp(apiListing(...now), plan, new Map(), () => undefined)
  return outcomes[0]!.status === 'refused' ? outcomes[0]!.error.message : outcomes[0]!.status
}

test('a branch Looker no longer lists', async () => {
  expect(await recheck([notes, keeper], [keeper])).toBe(
    'Not deleted: Looker no longer lists scratch/notes in Finance.'
  )
})

test.each([
  ['its local head', { ref: 'n2' }],
  ['its remote head', { remoteRef: 'n2' }],
])('a branch whose %s moved', async (_what, moved) => {
  expect(await recheck([notes, keeper], [{ ...notes, ...moved }, keeper])).toBe(
    'Not deleted: scratch/notes moved to another commit since the preview.'
  )
})

test('a branch that became the current one', async () => {
  expect(await recheck([notes, keeper], [{ ...notes, isCurrent: true }, keeper])).toBe(
    'Not deleted: You cannot delete the branch you are on: switch to another first.'
  )
})

test('a branch whose commits are no longer kept on another branch', async () => {
  expect(await recheck([notes, keeper], [notes, { ...keeper, ref: 'k2', remoteRef: 'k2' }])).toBe(
    'Not deleted: whether another branch keeps the commits of scratch/notes changed since the preview.'
  )
})

describe('the dry run', () => {
  test('without its project’s branches: every commit at risk, and no backup offered', () => {
    const [planned] = planCleanUp([row(notes)], {})
    expect(planned!.scope.atRisk).toBe(true)
    expect(planned!.noBackup).toBe(true)
    const [failed] = planCleanUp([row(notes)], {
      finance: { status: 'error', error: new Error('no') },
    } as never)
    expect(failed!.scope.atRisk).toBe(true)
    expect(failed!.noBackup).toBe(true)
  })

  test('with them: kept on another branch, and a backup possible in a clean project', () => {
    const [planned] = planCleanUp([row(notes)], {
      finance: { status: 'success', value: { state, branches: [notes, keeper] } },
    } as never)
    expect(planned!.scope).toMatchObject({ atRisk: false, keptOn: 'keeper' })
    expect(planned!.noBackup).toBe(false)
  })
})

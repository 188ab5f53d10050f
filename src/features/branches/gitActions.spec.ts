/** The multi-step git changes over the real api and the fake Looker, without React (fast). */
import type { LookerApi } from '../../looker'
import { apiOverFake } from '../../../test/apiOverFake'
import { clientFor, type FakeLooker } from '../../../test/fakeLooker'
import {
  createAsConfirmed,
  deleteWithBackup,
  pullWithoutLoss,
  PullWouldLose,
  resetWithBackup,
  switchAsConfirmed,
} from './gitActions'

let looker: FakeLooker
let api: LookerApi
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ looker, api, cleanup } = await apiOverFake())
  await api.switchWorkspace('dev')
})
afterEach(() => cleanup())

const ops = () => looker.log.map((e) => e.operation)
const writes = () =>
  ops().filter((o) => /^(create|update|delete|reset)_/.test(o ?? '') && o !== 'update_session')

test('reset to remote with a backup: the backup starts at HEAD, Looker is back on the branch', async () => {
  // finance: ada's feature/q4-close has 2 local commits the remote lacks.
  const seen = await api.getProjectState('finance')
  await resetWithBackup(api, 'finance', seen, 'remote', 'backup/q4')
  expect(writes()).toEqual(['create_git_branch', 'update_git_branch', 'reset_project_to_remote'])
  const { state, branches } = await api.getBranches('finance')
  expect(state.branch?.name).toBe('feature/q4-close')
  expect(state.git.kind).toBe('upToDate')
  const backup = branches.find((b) => b.name === 'backup/q4')!
  expect(backup.commitAt).toBe(seen.branch!.commitAt)
})

test('reset to production without a backup makes one change', async () => {
  const seen = await api.getProjectState('finance')
  await resetWithBackup(api, 'finance', seen, 'production', null)
  expect(writes()).toEqual(['reset_project_to_production'])
})

test('the branch moved since the person confirmed: nothing is saved or reset', async () => {
  const seen = await api.getProjectState('finance')
  await clientFor(looker, 'ada').call('PUT', '/projects/finance/git_branch', {
    name: 'feature/q4-close',
    ref: 'scratch/ada-notes',
  })
  const before = writes().length
  await expect(resetWithBackup(api, 'finance', seen, 'remote', 'backup/q4')).rejects.toMatchObject({
    kind: 'unexpected',
    message:
      'The branch changed since you confirmed (feature/q4-close moved to another commit), nothing was reset. Check it and try again.',
  })
  expect(writes()).toHaveLength(before)
})

test('a backup Looker refuses stops everything, naming the step and Looker’s reason', async () => {
  const seen = await api.getProjectState('finance')
  await expect(
    resetWithBackup(api, 'finance', seen, 'remote', 'feature/q4-close')
  ).rejects.toMatchObject({
    message: expect.stringMatching(
      /^Could not save the backup branch feature\/q4-close, nothing was reset: Branch feature\/q4-close already exists/
    ),
    status: 409,
  })
  expect(writes()).toEqual(['create_git_branch'])
})

test('Looker not back on the branch after the backup: nothing is reset', async () => {
  const seen = await api.getProjectState('finance')
  looker.fail('update_git_branch', 500, 'Git is down')
  await expect(resetWithBackup(api, 'finance', seen, 'remote', 'backup/q4')).rejects.toMatchObject({
    message:
      'Saved backup/q4 but could not switch back to feature/q4-close, nothing was reset: Git is down',
  })
  expect(writes()).toEqual(['create_git_branch', 'update_git_branch'])
})

test('Looker answering another current branch after the switch back: nothing is reset', async () => {
  const seen = await api.getProjectState('finance')
  looker.intercept('update_git_branch', async () => ({
    status: 200,
    contentType: 'application/json',
    body: {},
  }))
  await expect(resetWithBackup(api, 'finance', seen, 'remote', 'backup/q4')).rejects.toThrow(
    'Saved backup/q4 but could not switch back to feature/q4-close, nothing was reset: Looker reports backup/q4 as current'
  )
  expect(writes()).not.toContain('reset_project_to_remote')
})

test('pull: resets to the remote only when nothing local would be lost', async () => {
  const ecommerce = await api.getProjectState('ecommerce') // up to date: nothing to lose
  await pullWithoutLoss(api, 'ecommerce', ecommerce)
  expect(writes()).toEqual(['reset_project_to_remote'])

  const finance = await api.getProjectState('finance') // 2 local commits
  const lost = await pullWithoutLoss(api, 'finance', finance).catch((e: unknown) => e)
  expect(lost).toBeInstanceOf(PullWouldLose)
  expect((lost as Error).message).toBe(
    'Nothing was pulled: the branch changed since this page read it, and pulling would now discard 2 commits not on the remote. Review it in Reset to remote.'
  )
  expect(writes()).toEqual(['reset_project_to_remote'])
})

test('pull: another branch checked out since the page read it: nothing is pulled', async () => {
  const seen = await api.getProjectState('ecommerce')
  await api.switchBranch('ecommerce', 'feature/old-experiment')
  await expect(pullWithoutLoss(api, 'ecommerce', seen)).rejects.toThrow(
    'The branch changed since you confirmed (Looker now reports feature/old-experiment as the current branch), nothing was pulled.'
  )
  expect(writes()).toEqual(['update_git_branch'])
})

async function oldExperiment() {
  const { state, branches } = await api.getBranches('ecommerce')
  return { seen: state, branch: branches.find((b) => b.name === 'feature/old-experiment')! }
}

test('delete with a backup: the backup keeps the branch’s commit, Looker is back where it was', async () => {
  const { seen, branch } = await oldExperiment()
  await deleteWithBackup(api, 'ecommerce', branch, seen, 'backup/old')
  expect(writes()).toEqual(['create_git_branch', 'update_git_branch', 'delete_git_branch'])
  const { state, branches } = await api.getBranches('ecommerce')
  expect(state.branch?.name).toBe('feature/net-revenue')
  expect(branches.map((b) => b.name)).not.toContain('feature/old-experiment')
  expect(branches.find((b) => b.name === 'backup/old')?.ref).toBe(branch.ref)
})

test('delete without a backup makes one change', async () => {
  const { seen, branch } = await oldExperiment()
  await deleteWithBackup(api, 'ecommerce', branch, seen, null)
  expect(writes()).toEqual(['delete_git_branch'])
})

test('delete: a backup Looker refuses stops everything, naming the step', async () => {
  const { seen, branch } = await oldExperiment()
  await expect(
    deleteWithBackup(api, 'ecommerce', branch, seen, 'feature/net-revenue')
  ).rejects.toMatchObject({
    message: expect.stringMatching(
      /^Could not save the backup branch feature\/net-revenue, nothing was deleted: Branch feature\/net-revenue already exists/
    ),
    status: 409,
  })
  expect(writes()).toEqual(['create_git_branch'])
})

test('delete: no current branch known before, or Looker not back on it: nothing is deleted', async () => {
  const { seen, branch } = await oldExperiment()
  await expect(
    deleteWithBackup(api, 'ecommerce', branch, { ...seen, branch: null }, 'backup/a')
  ).rejects.toMatchObject({
    kind: 'unexpected',
    message:
      'The branch changed since you confirmed (Looker now reports feature/net-revenue as the current branch), nothing was deleted. Check it and try again.',
  })
  looker.intercept('update_git_branch', async () => ({
    status: 200,
    contentType: 'application/json',
    body: {},
  }))
  await expect(deleteWithBackup(api, 'ecommerce', branch, seen, 'backup/b')).rejects.toMatchObject({
    kind: 'unexpected',
    message:
      'Saved backup/b but could not switch back to feature/net-revenue, nothing was deleted: Looker reports backup/b as current',
  })
  expect(writes()).not.toContain('delete_git_branch')
})

test('a step’s failure keeps Looker’s status, link and field errors', async () => {
  const seen = await api.getProjectState('finance')
  looker.fail('create_git_branch', 422, 'Validation Failed')
  const error = await resetWithBackup(api, 'finance', seen, 'production', 'backup/x').catch(
    (e: unknown) => e
  )
  expect(error).toMatchObject({
    name: 'ApiError',
    kind: 'looker',
    status: 422,
    message: 'Could not save the backup branch backup/x, nothing was reset: Validation Failed',
    documentationUrl: expect.stringMatching(/^https:/),
  })
  expect(writes()).toEqual(['create_git_branch'])
})

test('Looker reporting no branch after the switch back: nothing is reset or deleted, and it says so', async () => {
  const seen = await api.getProjectState('finance')
  noBranchReported(() => writes().includes('update_git_branch'))
  await expect(resetWithBackup(api, 'finance', seen, 'remote', 'backup/q4')).rejects.toMatchObject({
    kind: 'unexpected',
    message:
      'Saved backup/q4 but could not switch back to feature/q4-close, nothing was reset: Looker reports no branch as current',
  })
  expect(writes()).not.toContain('reset_project_to_remote')
})

test('the changes’ own refusals are unexpected answers, not Looker’s errors', async () => {
  const seen = await api.getProjectState('ecommerce')
  await api.switchBranch('ecommerce', 'feature/old-experiment')
  await expect(pullWithoutLoss(api, 'ecommerce', seen)).rejects.toMatchObject({
    kind: 'unexpected',
  })
  await expect(pullWithoutLoss(api, 'ecommerce', { ...seen, branch: null })).rejects.toMatchObject({
    kind: 'unexpected',
    message:
      'The branch changed since you confirmed (Looker now reports feature/old-experiment as the current branch), nothing was pulled. Check it and try again.',
  })
  expect(new PullWouldLose(['a', 'b'])).toMatchObject({
    kind: 'unexpected',
    message:
      'Nothing was pulled: the branch changed since this page read it, and pulling would now discard a and b. Review it in Reset to remote.',
  })
})

test('a backup of a branch Looker gives no commit for starts from the branch’s name', async () => {
  const { state, branches } = await api.getBranches('ecommerce')
  const branch = { ...branches.find((b) => b.name === 'feature/old-experiment')!, ref: null }
  const sent: unknown[] = []
  looker.intercept('create_git_branch', (req, next) => {
    sent.push(req.body)
    return next()
  })
  await deleteWithBackup(api, 'ecommerce', branch, state, 'backup/old')
  expect(sent).toEqual([{ name: 'backup/old', ref: 'feature/old-experiment' }])
})

/** From now on Looker reports no current branch for the project (`git_branch` null). */
/** Looker names no current branch: not in project_workspace, and git_branch finds none (404). */
function noBranchReported(after: () => boolean = () => true) {
  looker.intercept('project_workspace', async (_req, next) => {
    const res = await next()
    const body = res.body as { git_branch?: unknown }
    return after() ? { ...res, body: { ...body, git_branch: null } } : res
  })
  looker.intercept('git_branch', async (_req, next) => {
    const res = await next()
    if (!after()) return res
    const body = {
      message: 'Not found',
      documentation_url:
        'https://cloud.google.com/looker/docs/r/err/4.0/404/get/projects/:project_id/git_branch',
    }
    return { status: 404, contentType: 'application/json', body }
  })
}

test('Looker reporting no branch at all: each change says so instead of a branch name', async () => {
  const finance = await api.getProjectState('finance')
  const { seen, branch } = await oldExperiment()
  noBranchReported(() => writes().includes('update_git_branch'))
  await expect(
    deleteWithBackup(api, 'ecommerce', branch, seen, 'backup/old')
  ).rejects.toMatchObject({
    kind: 'unexpected',
    message:
      'Saved backup/old but could not switch back to feature/net-revenue, nothing was deleted: Looker reports no branch as current',
  })
  await expect(pullWithoutLoss(api, 'finance', finance)).rejects.toMatchObject({
    kind: 'unexpected',
    message:
      'The branch changed since you confirmed (Looker now reports no branch), nothing was pulled. Check it and try again.',
  })
  expect(writes()).not.toContain('delete_git_branch')
  expect(writes()).not.toContain('reset_project_to_remote')
})

test('a reset when Looker reports no branch names “the current branch” in its step error', async () => {
  noBranchReported()
  const seen = await api.getProjectState('finance')
  expect(seen.branch).toBeNull()
  const error = await resetWithBackup(api, 'finance', seen, 'remote', 'backup/q4').catch(
    (e: unknown) => e
  )
  expect((error as Error).message).toMatch(
    /^Saved backup\/q4 but could not switch back to the current branch, nothing was reset: /
  )
  expect(writes()).not.toContain('reset_project_to_remote')
})

/** From the `nth` answer of `operation` on, the session is in production (another tab switched). */
function productionAfter(operation: string, nth = 1) {
  let seen = 0
  looker.intercept(operation, async (_req, next) => {
    const res = await next()
    if (++seen === nth) looker.setUserWorkspace('ada', 'production')
    return res
  })
}

const LEFT_DEV =
  'Your session left Development Mode since you confirmed (Looker now reports production), '

test('switch and create happen only while Looker still reports what the person saw', async () => {
  const seen = await api.getProjectState('ecommerce')
  const sent: unknown[] = []
  looker.intercept('create_git_branch', (req, next) => {
    sent.push(req.body)
    return next()
  })
  await switchAsConfirmed(api, 'ecommerce', 'feature/old-experiment', seen)
  expect((await api.getProjectState('ecommerce')).branch?.name).toBe('feature/old-experiment')
  const now = await api.getProjectState('ecommerce')
  await createAsConfirmed(api, 'ecommerce', 'feature/from-ref', 'feature/net-revenue', now)
  const mid = await api.getProjectState('ecommerce')
  expect(mid.branch?.name).toBe('feature/from-ref')
  await createAsConfirmed(api, 'ecommerce', 'feature/from-head', undefined, mid)
  expect(sent).toEqual([
    { name: 'feature/from-ref', ref: 'feature/net-revenue' },
    { name: 'feature/from-head' },
  ])
  expect(writes()).toEqual(['update_git_branch', 'create_git_branch', 'create_git_branch'])

  looker.setUserWorkspace('ada', 'production')
  const before = writes().length
  await expect(switchAsConfirmed(api, 'ecommerce', 'main', seen)).rejects.toMatchObject({
    kind: 'unexpected',
    message: `${LEFT_DEV}nothing was switched.`,
  })
  await expect(createAsConfirmed(api, 'ecommerce', 'x', undefined, seen)).rejects.toMatchObject({
    message: `${LEFT_DEV}nothing was created.`,
  })
  expect(writes()).toHaveLength(before)
})

test('a reset Looker refuses after the backup says what was already done', async () => {
  const seen = await api.getProjectState('finance')
  looker.fail('reset_project_to_remote', 422, 'Git is busy')
  await expect(resetWithBackup(api, 'finance', seen, 'remote', 'backup/q4')).rejects.toMatchObject({
    status: 422,
    message:
      'Saved backup/q4 and switched back to feature/q4-close, but Looker refused the reset: Git is busy',
  })
  looker.fail('reset_project_to_production', 422, 'Git is busy')
  const now = await api.getProjectState('finance')
  const error = await resetWithBackup(api, 'finance', now, 'production', null).catch((e) => e)
  expect(error).toMatchObject({ name: 'ApiError', status: 422, message: 'Git is busy' })
  expect(writes()).toEqual([
    'create_git_branch',
    'update_git_branch',
    'reset_project_to_remote',
    'reset_project_to_production',
  ])
})

test('the session leaving Development Mode during the backup stops the reset and says what was done', async () => {
  const seen = await api.getProjectState('finance')
  productionAfter('update_git_branch')
  await expect(resetWithBackup(api, 'finance', seen, 'remote', 'backup/q4')).rejects.toMatchObject({
    kind: 'unexpected',
    message: `${LEFT_DEV}saved backup/q4 and switched back to feature/q4-close, nothing was reset.`,
  })
  expect(writes()).toEqual(['create_git_branch', 'update_git_branch'])
})

test('the session leaving Development Mode right before the reset stops it and says what was done', async () => {
  const seen = await api.getProjectState('finance')
  // The read that checks Looker is back on the branch is the last one in Development Mode.
  productionAfter('project_workspace', 2)
  await expect(resetWithBackup(api, 'finance', seen, 'remote', 'backup/q4')).rejects.toMatchObject({
    kind: 'unexpected',
    message: `${LEFT_DEV}saved backup/q4 and switched back to feature/q4-close, nothing was reset.`,
  })
  expect(writes()).toEqual(['create_git_branch', 'update_git_branch'])
})

test('the session leaving Development Mode during a delete’s backup stops the delete', async () => {
  const { seen, branch } = await oldExperiment()
  productionAfter('update_git_branch')
  await expect(
    deleteWithBackup(api, 'ecommerce', branch, seen, 'backup/old')
  ).rejects.toMatchObject({
    kind: 'unexpected',
    message: `${LEFT_DEV}saved backup/old and switched back to feature/net-revenue, nothing was deleted.`,
  })
  expect(writes()).toEqual(['create_git_branch', 'update_git_branch'])
})

test('Looker reporting no branch before and now: nothing is pulled, and a delete’s backup cannot switch back', async () => {
  noBranchReported()
  const seen = await api.getProjectState('finance')
  expect(seen.branch).toBeNull()
  await expect(pullWithoutLoss(api, 'finance', seen)).rejects.toMatchObject({
    kind: 'unexpected',
    message: 'Nothing was pulled: Looker reports no branch.',
  })
  const { state, branches } = await api.getBranches('ecommerce')
  const branch = branches.find((b) => b.name === 'feature/old-experiment')!
  await expect(deleteWithBackup(api, 'ecommerce', branch, state, 'backup/a')).rejects.toMatchObject(
    {
      kind: 'unexpected',
      message:
        'Saved backup/a but could not switch back to your branch, nothing was deleted: Looker reported no current branch before',
    }
  )
  expect(writes()).toEqual(['create_git_branch'])
})

test('the session leaving Development Mode right before the delete stops it and says what was done', async () => {
  const { seen, branch } = await oldExperiment()
  productionAfter('project_workspace', 2)
  await expect(
    deleteWithBackup(api, 'ecommerce', branch, seen, 'backup/old')
  ).rejects.toMatchObject({
    kind: 'unexpected',
    message: `${LEFT_DEV}saved backup/old and switched back to feature/net-revenue, nothing was deleted.`,
  })
  expect(writes()).toEqual(['create_git_branch', 'update_git_branch'])
})

/**
 * The check before every write on the checked-out branch, over an api that answers what each
 * case needs (the reads themselves are pinned over the fake Looker in projects.spec.ts).
 */
import { branchFixture } from '../../test/fixtures'
import { changeSince, NotAsConfirmed, stillAsConfirmed } from './asConfirmed'
import type { Branch, GitState, ProjectState } from './projectTypes'

const clean: GitState = { kind: 'upToDate', ahead: 0, behind: 0, lookerStatus: null }
const dirty: GitState = { ...clean, kind: 'uncommitted' }
const state = (branch: Branch | null, git: GitState = clean): ProjectState => ({
  projectId: 'p',
  workspaceId: 'dev',
  branch,
  branchKind: null,
  git,
})
const main = branchFixture({ name: 'main', isCurrent: true, ref: 'aaa', ahead: 0, behind: 0 })

describe('changeSince', () => {
  it('is null when nothing moved', () => {
    expect(changeSince(state(main), state({ ...main }))).toBeNull()
    expect(changeSince(state(null), state(null))).toBeNull()
    expect(changeSince(state(main, dirty), state(main, { ...clean, kind: 'conflict' }))).toBeNull()
  })

  it('names another branch, or none', () => {
    expect(changeSince(state(null), state(main))).toBe(
      'Looker now reports main as the current branch'
    )
    expect(changeSince(state(main), state(null))).toBe('Looker now reports no branch')
    expect(changeSince(state(main), state({ ...main, name: 'dev' }))).toBe(
      'Looker now reports dev as the current branch'
    )
  })

  it('names a commit, ahead or behind count that moved', () => {
    expect(changeSince(state(main), state({ ...main, ref: 'bbb' }))).toBe(
      'main moved to another commit'
    )
    expect(changeSince(state(main), state({ ...main, ahead: 1 }))).toBe(
      'main moved to another commit'
    )
    expect(changeSince(state(main), state({ ...main, behind: 1 }))).toBe(
      'main moved to another commit'
    )
  })

  it('names uncommitted changes that came or went', () => {
    expect(changeSince(state(main), state(main, dirty))).toBe('main now has uncommitted changes')
    expect(changeSince(state(main, dirty), state(main))).toBe('main changed')
  })
})

describe('stillAsConfirmed', () => {
  /** An api reporting `now` (with `branches` listed) in the session's `workspace`; `reads` records the reads. */
  function apiReporting(now: ProjectState, branches: Branch[] = [], workspaceId = 'dev') {
    const reads: string[] = []
    const api = {
      getSession: async () => {
        reads.push('session')
        return { workspaceId } as never
      },
      getProjectState: async (id: string) => {
        reads.push(`state ${id}`)
        return now
      },
      getBranches: async (id: string) => {
        reads.push(`branches ${id}`)
        return { state: now, branches }
      },
    }
    return { api, reads }
  }

  it('resolves with what Looker reports now when it is as confirmed', async () => {
    const now = state({ ...main })
    const { api, reads } = apiReporting(now)
    expect(await stillAsConfirmed(api, 'p1', { state: state(main) }, 'nothing was done')).toBe(now)
    expect(reads).toEqual(['session', 'state p1'])
  })

  it('stops before any project read when the session left Development Mode', async () => {
    const { api, reads } = apiReporting(state(main), [], 'production')
    const error = await stillAsConfirmed(
      api,
      'p',
      { state: state(main) },
      'nothing was done'
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotAsConfirmed)
    expect(error).toMatchObject({
      name: 'ApiError',
      kind: 'unexpected',
      message:
        'Your session left Development Mode since you confirmed (Looker now reports production), nothing was done.',
    })
    expect(reads).toEqual(['session'])
  })

  it('names what moved', async () => {
    const { api } = apiReporting(state({ ...main, ref: 'bbb' }))
    await expect(
      stillAsConfirmed(api, 'p', { state: state(main) }, 'nothing was reset')
    ).rejects.toMatchObject({
      kind: 'unexpected',
      message:
        'The branch changed since you confirmed (main moved to another commit), nothing was reset. Check it and try again.',
    })
  })

  it('asked for the name only, lets a new commit through but not another branch', async () => {
    const moved = state({ ...main, ref: 'bbb' }, dirty)
    expect(
      await stillAsConfirmed(
        apiReporting(moved).api,
        'p',
        { state: state(main), nameOnly: true },
        'x'
      )
    ).toBe(moved)
    await expect(
      stillAsConfirmed(
        apiReporting(state({ ...main, name: 'dev' })).api,
        'p',
        { state: state(main), nameOnly: true },
        'nothing was pulled'
      )
    ).rejects.toMatchObject({
      message:
        'The branch changed since you confirmed (Looker now reports dev as the current branch), nothing was pulled. Check it and try again.',
    })
  })

  it('asked for the name only, lets no branch then and now through', async () => {
    const now = state(null)
    expect(
      await stillAsConfirmed(
        apiReporting(now).api,
        'p',
        { state: state(null), nameOnly: true },
        'x'
      )
    ).toBe(now)
    await expect(
      stillAsConfirmed(
        apiReporting(state(main)).api,
        'p',
        { state: state(null), nameOnly: true },
        'nothing was pulled'
      )
    ).rejects.toMatchObject({
      message:
        'The branch changed since you confirmed (Looker now reports main as the current branch), nothing was pulled. Check it and try again.',
    })
  })

  describe('with another branch the write acts on', () => {
    const old = branchFixture({ name: 'old', ref: 'ccc' })

    it('reads the branches with the state and resolves when the branch is as seen', async () => {
      const now = state(main)
      const { api, reads } = apiReporting(now, [branchFixture({ name: 'other' }), { ...old }])
      expect(await stillAsConfirmed(api, 'p2', { state: state(main), branch: old }, 'x')).toBe(now)
      expect(reads).toEqual(['session', 'branches p2'])
    })

    it('stops when Looker no longer lists it', async () => {
      const { api } = apiReporting(state(main), [branchFixture({ name: 'other' })])
      await expect(
        stillAsConfirmed(api, 'p', { state: state(main), branch: old }, 'nothing was deleted')
      ).rejects.toMatchObject({
        kind: 'unexpected',
        message:
          'The branch changed since you confirmed (Looker no longer lists old), nothing was deleted. Check it and try again.',
      })
    })

    it('stops when it moved to another commit', async () => {
      const { api } = apiReporting(state(main), [{ ...old, ref: 'ddd' }])
      await expect(
        stillAsConfirmed(api, 'p', { state: state(main), branch: old }, 'nothing was deleted')
      ).rejects.toMatchObject({
        message:
          'The branch changed since you confirmed (old moved to another commit), nothing was deleted. Check it and try again.',
      })
    })

    it('compares only the name when the page had no commit for it', async () => {
      const { api } = apiReporting(state(main), [{ ...old, ref: 'ddd' }])
      const now = await stillAsConfirmed(
        api,
        'p',
        { state: state(main), branch: { ...old, ref: null } },
        'x'
      )
      expect(now.branch?.name).toBe('main')
    })

    it('names a change of the current branch first', async () => {
      const { api } = apiReporting(state(null), [old])
      await expect(
        stillAsConfirmed(api, 'p', { state: state(main), branch: old }, 'nothing was deleted')
      ).rejects.toMatchObject({
        message:
          'The branch changed since you confirmed (Looker now reports no branch), nothing was deleted. Check it and try again.',
      })
    })
  })
})

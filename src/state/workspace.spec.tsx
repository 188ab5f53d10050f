/**
 * The session's workspace as the app sees it (useWorkspace, useWorkspaceId): what Looker reported,
 * the user's switch from the bar, the lock (`exclusive`, `shared`) and visits.
 */
import { sleep } from '../shared/abort'
import React, { createRef, forwardRef, useImperativeHandle } from 'react'
import { act, render, waitFor } from '@testing-library/react'
import { AppProviders } from '../AppProviders'
import { apiOverFake, type ApiOverFake } from '../../test/apiOverFake'
import { memoryHost } from '../../test/memoryHost'
import { renderInApp, type RenderInAppOptions } from '../../test/renderInApp'
import type { WorkspaceId } from '../looker'
import { LockedSession, useWorkspace, useWorkspaceId, WorkspaceState } from './workspace'

/** What a screen reads: the workspace state and the workspace its reads depend on. */
interface Seen extends WorkspaceState {
  id: WorkspaceId | null
}

const Probe = forwardRef<Seen>(function Probe(_, ref) {
  const workspace = useWorkspace()
  const id = useWorkspaceId()
  useImperativeHandle(ref, () => ({ ...workspace, id }))
  return null
})

async function mount(options: RenderInAppOptions = {}) {
  const ref = createRef<Seen>()
  const view = await renderInApp(<Probe ref={ref} />, options)
  return { ...view, state: () => ref.current! }
}

/** Waits until `seen` holds (what the screen shows once Looker has answered). */
async function until(seen: () => boolean) {
  await waitFor(() => expect(seen()).toBe(true))
}

async function setup(options: RenderInAppOptions = {}) {
  const view = await mount(options)
  await until(() => view.state().session.status === 'success')
  return view
}

function gate() {
  let open = () => undefined as void
  const opened = new Promise<void>((r) => (open = r))
  return { open, opened }
}

/**
 * Whether `promise` is still unsettled once all the work already started has run (it waits on
 * something the test has not done yet).
 */
async function unsettled(promise: Promise<unknown>) {
  let settled = false
  const mark = () => {
    settled = true
  }
  promise.then(mark, mark)
  await act(() => sleep(5))
  return !settled
}

const workspaceOf = (session: WorkspaceState['session']) =>
  session.status === 'success' ? session.value.workspaceId : session.status

describe('the session as Looker reports it, and the workspace reads depend on', () => {
  test('before Looker has answered, the session is loading and no workspace is known', async () => {
    const over = await apiOverFake()
    const held = over.looker.hold('session')
    const { state } = await mount({ over })
    await until(() => held.waiting > 0)
    expect(state().session.status).toBe('loading')
    expect(state().id).toBeNull()
    held.release()
    await until(() => state().session.status === 'success')
    expect(state().id).toBe('production')
    await until(() => state().user.status === 'success')
    const user = state().user
    expect(user.status === 'success' && user.value.id).toBeTruthy()
  })

  test("a failed read shows Looker's error and no workspace; reload reads the session and the user again", async () => {
    const over = await apiOverFake()
    over.looker.fail('session', 404, 'Session not found', 1)
    over.looker.fail('me', 404, 'User not found', 1)
    const { state } = await mount({ over })
    await until(() => state().session.status === 'error' && state().user.status === 'error')
    const session = state().session
    expect(session.status === 'error' && session.error.message).toMatch(/Session not found/)
    expect(state().id).toBeNull()
    act(() => state().reload())
    await until(() => state().session.status === 'success' && state().user.status === 'success')
    expect(state().id).toBe('production')
  })

  test('readSession inside the lock shows a failed read as Looker’s error, and throws it', async () => {
    const { looker, state } = await setup()
    looker.fail('session', 404, 'Session not found', 1)
    await act(async () => {
      await expect(state().exclusive((session) => session.readSession())).rejects.toThrow(
        /Session not found/
      )
    })
    expect(state().session.status).toBe('error')
    expect(state().id).toBeNull()
  })

  test('readSession shows in the bar what another tab switched to', async () => {
    const { looker, state } = await setup()
    looker.setUserWorkspace('ada', 'dev')
    await act(async () => {
      await state().exclusive((session) => session.readSession())
    })
    expect(workspaceOf(state().session)).toBe('dev')
    expect(state().id).toBe('dev')
  })
})

test('a new api (the extension SDK started again) is the one the session calls go through', async () => {
  const first = await apiOverFake()
  const second = await apiOverFake({ workspace: 'dev' })
  const ref = createRef<Seen>()
  const host = memoryHost()
  const app = (over: ApiOverFake) => (
    <AppProviders api={over.api} host={host}>
      <Probe ref={ref} />
    </AppProviders>
  )
  const view = render(app(first))
  const state = () => ref.current!
  await until(() => state().id === 'production')
  view.rerender(app(second))
  let reads: unknown[] = []
  await act(async () => {
    reads = [
      await state().exclusive((session) => session.readSession()),
      await state().shared((session) => session.readSession()),
    ]
  })
  expect(reads).toEqual([{ workspaceId: 'dev' }, { workspaceId: 'dev' }])
  await act(async () => {
    await state().exclusive((session) => session.switchWorkspace('production'))
  })
  expect(second.calls).toContain('update_session')
  expect(first.calls).not.toContain('update_session')
  expect(state().id).toBe('production')
})

describe("the user's switch", () => {
  test('while pending: switching names its target, no workspace is known, and a second click is ignored', async () => {
    const { looker, state, calls } = await setup()
    const held = looker.hold('update_session')
    let first: Promise<void> = Promise.resolve()
    await act(async () => {
      first = state().switchWorkspace('dev')
    })
    await until(() => held.waiting > 0)
    expect(state().switching).toBe('dev')
    expect(state().id).toBeNull()
    let second: unknown = 'not answered'
    await act(async () => {
      second = await state().userSwitch.run('production')
    })
    expect(second).toBeNull()
    expect(state().switching).toBe('dev')
    held.release()
    await act(() => first)
    expect(state().switching).toBeNull()
    expect(state().userSwitch.state).toMatchObject({
      status: 'success',
      args: ['dev'],
      value: { workspaceId: 'dev' },
    })
    expect(workspaceOf(state().session)).toBe('dev')
    expect(state().id).toBe('dev')
    expect(calls.filter((c) => c === 'update_session')).toHaveLength(1)
  })

  test("Looker's refusal: the session is read again and shows where Looker says; reload starts afresh", async () => {
    const { looker, state } = await setup()
    looker.setUserWorkspace('ada', 'dev') // another tab switched meanwhile
    looker.fail('update_session', 403, 'Switching is not allowed', 1)
    await act(() => state().switchWorkspace('dev'))
    expect(state().userSwitch.state).toMatchObject({
      status: 'error',
      args: ['dev'],
      error: { message: expect.stringMatching(/Switching is not allowed/) },
    })
    expect(workspaceOf(state().session)).toBe('dev')
    expect(state().switching).toBeNull()
    looker.setUserWorkspace('ada', 'production') // and back
    act(() => state().reload())
    expect(state().userSwitch.state.status).toBe('idle')
    await until(() => workspaceOf(state().session) === 'production')
    expect(state().id).toBe('production')
  })

  test('a switch Looker answers after the host gave up: not applied while Looker has not, applied once the session shows it', async () => {
    const { looker, state } = await setup({ messageTimeoutMs: 1000 })
    const release = gate()
    let lookerApplied = false
    looker.intercept('update_session', async (_req, next) => {
      await release.opened
      const answer = await next()
      lookerApplied = true
      return answer
    })
    const before = state().session
    await act(() => state().switchWorkspace('dev'))
    expect(state().userSwitch.state).toMatchObject({ status: 'timedOut', applied: null })
    // The session is read again at once (Looker may have applied it): still production.
    await until(() => state().session !== before)
    await act(() => sleep(5))
    expect(state().userSwitch.state).toMatchObject({ status: 'timedOut', applied: null })
    expect(workspaceOf(state().session)).toBe('production')
    release.open()
    await until(() => lookerApplied)
    act(() => state().userSwitch.recheck())
    await until(() => state().userSwitch.state.status === 'timedOut' && isApplied(state()))
    expect(workspaceOf(state().session)).toBe('dev')
    expect(state().id).toBe('dev')
  })
})

const isApplied = (state: WorkspaceState) =>
  state.userSwitch.state.status === 'timedOut' && state.userSwitch.state.applied === true

describe('exclusive work', () => {
  test('a switch inside the lock does not clear a user switch queued behind it', async () => {
    const { state } = await setup()
    const before = gate()
    const after = gate()
    let work: Promise<unknown> = Promise.resolve()
    let userSwitch: Promise<void> = Promise.resolve()
    await act(async () => {
      work = state().exclusive(async (session) => {
        await before.opened
        await session.switchWorkspace('dev')
        await after.opened
        await session.switchWorkspace('production')
      })
      userSwitch = state().switchWorkspace('dev') // the person clicks the toggle; it queues behind the work
    })
    expect(state().switching).toBe('dev')
    await act(async () => {
      before.open()
      while (workspaceOf(state().session) !== 'dev') await sleep(1)
    })
    // The work's own switch has answered; the person's switch is still waiting: still pending.
    expect(state().switching).toBe('dev')
    await act(async () => {
      after.open()
      await work
      await userSwitch
    })
    expect(state().switching).toBeNull()
    expect(workspaceOf(state().session)).toBe('dev')
  })

  test('its own switch shows as switching while Looker answers, then not', async () => {
    const { looker, state } = await setup()
    const held = looker.hold('update_session')
    let work: Promise<unknown> = Promise.resolve()
    await act(async () => {
      work = state().exclusive((session) => session.switchWorkspace('dev'))
    })
    await until(() => held.waiting > 0)
    expect(state().switching).toBe('dev')
    expect(state().id).toBeNull()
    held.release()
    let answer: unknown
    await act(async () => {
      answer = await work
    })
    expect(answer).toEqual({ workspaceId: 'dev' })
    expect(state().switching).toBeNull()
    expect(state().id).toBe('dev')
  })

  test("a refused switch inside the lock re-reads the session and throws Looker's error", async () => {
    const { looker, state } = await setup()
    looker.setUserWorkspace('ada', 'dev')
    looker.fail('update_session', 403, 'Switching is not allowed', 1)
    await act(async () => {
      await expect(
        state().exclusive((session) => session.switchWorkspace('production'))
      ).rejects.toMatchObject({ name: 'ApiError', message: expect.stringMatching(/not allowed/) })
    })
    expect(workspaceOf(state().session)).toBe('dev')
    expect(state().switching).toBeNull()
  })

  test("a refused switch whose re-read fails too throws the switch's error", async () => {
    const { looker, state } = await setup()
    looker.fail('update_session', 403, 'Switching is not allowed', 1)
    looker.fail('session', 404, 'Session not found', 1)
    await act(async () => {
      await expect(state().exclusive((session) => session.switchWorkspace('dev'))).rejects.toThrow(
        /not allowed/
      )
    })
    expect(state().session.status).toBe('error')
  })

  test('the session capability only works while the lock is held', async () => {
    const { state } = await setup()
    let leaked: LockedSession | null = null
    await act(async () => {
      await state().exclusive(async (session) => {
        leaked = session
      })
    })
    await expect(leaked!.switchWorkspace('dev')).rejects.toThrow(/lock was released/)
    await expect(leaked!.readSession()).rejects.toThrow(/lock was released/)
    expect(() => leaked!.visiting(null)).toThrow(/lock was released/)
    expect(state().switching).toBeNull()
  })

  test('waits for the one shared work under way', async () => {
    const { state } = await setup()
    const reading = gate()
    let read: Promise<unknown> = Promise.resolve()
    let exclusive: Promise<string> = Promise.resolve('')
    await act(async () => {
      read = state().shared(() => reading.opened)
      exclusive = state().exclusive(async () => 'after the read')
    })
    expect(await unsettled(exclusive)).toBe(true)
    reading.open()
    await act(async () => {
      await Promise.all([read, exclusive])
    })
    expect(await exclusive).toBe('after the read')
  })

  test('waits for every shared work already under way', async () => {
    const { state } = await setup()
    const first = gate()
    const second = gate()
    const done: string[] = []
    let all: Promise<unknown> = Promise.resolve()
    let exclusive: Promise<string[]> = Promise.resolve([])
    await act(async () => {
      const a = state().shared(async () => {
        await first.opened
        done.push('first')
      })
      const b = state().shared(async () => {
        await second.opened
        done.push('second')
      })
      exclusive = state().exclusive(async () => [...done])
      all = Promise.all([a, b, exclusive])
    })
    expect(await unsettled(exclusive)).toBe(true)
    first.open()
    expect(await unsettled(exclusive)).toBe(true)
    second.open()
    await act(async () => {
      await all
    })
    expect(await exclusive).toEqual(['first', 'second'])
    // Drained: later exclusive work does not wait.
    await act(async () => {
      expect(await state().exclusive(async () => 'again')).toBe('again')
    })
  })
})

describe('shared work', () => {
  test('runs at once beside other shared work, reads the session, and onWait is not called', async () => {
    const { looker, state } = await setup()
    looker.setUserWorkspace('ada', 'dev')
    const onWait = jest.fn()
    const other = gate()
    let running: Promise<unknown> = Promise.resolve()
    let read: unknown
    await act(async () => {
      running = state().shared(() => other.opened)
      read = await state().shared((session) => session.readSession(), onWait)
    })
    expect(read).toEqual({ workspaceId: 'dev' })
    expect(workspaceOf(state().session)).toBe('dev')
    expect(onWait).not.toHaveBeenCalled()
    other.open()
    await act(async () => {
      await running
    })
  })

  test('started while exclusive work runs: calls onWait and waits for its end', async () => {
    const { state } = await setup()
    const release = gate()
    const order: string[] = []
    let work: Promise<unknown> = Promise.resolve()
    let reads: Promise<unknown> = Promise.resolve()
    const onWait = jest.fn()
    await act(async () => {
      work = state().exclusive(async () => {
        await release.opened
        order.push('exclusive')
      })
      reads = Promise.all([
        state().shared(async () => order.push('shared'), onWait),
        state().shared(async () => order.push('shared without onWait')),
      ])
    })
    expect(onWait).toHaveBeenCalledTimes(1)
    expect(await unsettled(reads)).toBe(true)
    expect(order).toEqual([])
    release.open()
    await act(async () => {
      await Promise.all([work, reads])
    })
    expect(order).toEqual(['exclusive', 'shared', 'shared without onWait'])
  })
})

describe('visits', () => {
  const visit = { from: 'production', to: 'dev', by: 'comparison' } as const

  test('afterVisit resolves at once when no visit is under way', async () => {
    const { state } = await setup()
    await expect(state().afterVisit()).resolves.toBeUndefined()
  })

  test('reads stay in the workspace the visit comes back to; the end of the work ends the visit', async () => {
    const { state } = await setup()
    const release = gate()
    let work: Promise<unknown> = Promise.resolve()
    await act(async () => {
      work = state().exclusive(async (session) => {
        session.visiting(visit)
        await session.switchWorkspace('dev')
        await release.opened // the work ends without ending its visit
      })
    })
    await until(() => workspaceOf(state().session) === 'dev')
    expect(state().visiting).toEqual(visit)
    expect(state().id).toBe('production')
    const after = state().afterVisit()
    expect(await unsettled(after)).toBe(true)
    release.open()
    await act(async () => {
      await work
    })
    expect(state().visiting).toBeNull()
    await expect(after).resolves.toBeUndefined()
    await expect(state().afterVisit()).resolves.toBeUndefined()
    expect(state().id).toBe('dev')
  })

  test("a new visit replaces the old one (the old one's waiters go on); ending it releases the rest", async () => {
    const { state } = await setup()
    const next = { from: 'dev', to: 'production', by: 'content validation' } as const
    const steps = [gate(), gate(), gate()]
    const reached = [gate(), gate()]
    let work: Promise<unknown> = Promise.resolve()
    await act(async () => {
      work = state().exclusive(async (session) => {
        session.visiting(visit)
        reached[0]!.open()
        await steps[0]!.opened
        session.visiting(next)
        reached[1]!.open()
        await steps[1]!.opened
        session.visiting(null)
        await steps[2]!.opened
      })
      await reached[0]!.opened
    })
    const first = state().afterVisit()
    expect(await unsettled(first)).toBe(true)
    await act(async () => {
      steps[0]!.open()
      await reached[1]!.opened
    })
    expect(state().visiting).toEqual(next)
    expect(state().id).toBe('dev')
    await expect(first).resolves.toBeUndefined()
    const second = state().afterVisit()
    expect(await unsettled(second)).toBe(true)
    await act(async () => {
      steps[1]!.open()
      await expect(second).resolves.toBeUndefined()
    })
    expect(state().visiting).toBeNull()
    await expect(state().afterVisit()).resolves.toBeUndefined()
    steps[2]!.open()
    await act(async () => {
      await work
    })
    expect(state().visiting).toBeNull()
  })
})

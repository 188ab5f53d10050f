import { sleep } from '../shared/abort'
import React, { createRef, forwardRef, useImperativeHandle } from 'react'
import { act } from '@testing-library/react'
import { renderInApp } from '../../test/renderInApp'
import { LockedSession, useWorkspace, WorkspaceState } from './workspace'

const Probe = forwardRef<WorkspaceState>(function Probe(_, ref) {
  const workspace = useWorkspace()
  useImperativeHandle(ref, () => workspace)
  return null
})

async function setup() {
  const ref = createRef<WorkspaceState>()
  const { looker } = await renderInApp(<Probe ref={ref} />)
  await act(async () => {
    while (ref.current?.session.status !== 'success') await sleep(1)
  })
  return { looker, state: () => ref.current! }
}

function gate() {
  let open = () => undefined as void
  const opened = new Promise<void>((r) => (open = r))
  return { open, opened }
}

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
    const inDev = () => {
      const s = state().session
      return s.status === 'success' && s.value.workspaceId === 'dev'
    }
    while (!inDev()) await sleep(1)
  })
  // The work's own switch has answered; the person's switch is still waiting: still pending.
  expect(state().switching).toBe('dev')
  await act(async () => {
    after.open()
    await work
    await userSwitch
  })
  expect(state().switching).toBeNull()
  const session = state().session
  expect(session.status === 'success' && session.value.workspaceId).toBe('dev')
})

test('the switch capability only works while the lock is held', async () => {
  const { state } = await setup()
  let leaked: LockedSession | null = null
  await act(async () => {
    await state().exclusive(async (session) => {
      leaked = session
    })
  })
  await expect(leaked!.switchWorkspace('dev')).rejects.toThrow(/lock was released/)
})

test('readSession shows in the bar what another tab switched to', async () => {
  const { looker, state } = await setup()
  looker.setUserWorkspace('ada', 'dev')
  await act(async () => {
    await state().exclusive((session) => session.readSession())
  })
  const session = state().session
  expect(session.status === 'success' && session.value.workspaceId).toBe('dev')
})

/**
 * The put-back as the app holds it: a session left in the other workspace by an earlier page is
 * flagged on load, the banner's button brings it back, and a visit stores its intent meanwhile.
 */
import { sleep } from '../shared/abort'
import React, { createRef, forwardRef, useImperativeHandle } from 'react'
import { act } from '@testing-library/react'
import { memoryHost, type MemoryHost } from '../../test/memoryHost'
import { renderInApp } from '../../test/renderInApp'
import type { WorkspaceId } from '../looker'
import { usePutBack, type PutBackState } from './putBack'
import { useWorkspace, type WorkspaceState } from './workspace'

const KEY = 'workspace-switcher:comparison-put-back'

interface Seen {
  putBack: PutBackState
  workspace: WorkspaceState
}
const Probe = forwardRef<Seen>(function Probe(_, ref) {
  const putBack = usePutBack()
  const workspace = useWorkspace()
  useImperativeHandle(ref, () => ({ putBack, workspace }))
  return null
})

let cleanup: () => Promise<void> = async () => undefined
afterEach(() => cleanup())

const until = async (done: () => boolean) =>
  act(async () => {
    while (!done()) await sleep(1)
  })

async function setup(workspace: WorkspaceId, stored?: string) {
  const host: MemoryHost = memoryHost()
  if (stored !== undefined) host.items.set(KEY, stored)
  let intentRead = false
  const getItem = host.getItem
  host.getItem = async (key) => {
    const value = await getItem(key)
    if (key === KEY) intentRead = true
    return value
  }
  const ref = createRef<Seen>()
  const view = await renderInApp(<Probe ref={ref} />, { workspace, host, putBackDelaysMs: [] })
  cleanup = view.cleanup
  const seen = () => ref.current!
  await until(() => seen()?.workspace.session.status === 'success')
  // The stored intent is read once the session is known; what it finds shows in the same act.
  await until(() => intentRead)
  await act(async () => undefined)
  return { host, seen, looker: view.looker }
}

test('an intent left by an earlier page while the session is elsewhere: flagged as interrupted', async () => {
  const intent = JSON.stringify({ since: 'x', back: 'production', by: 'content validation' })
  const { seen } = await setup('dev', intent)
  expect(seen().putBack.leftBehind).toEqual({
    reason: 'interrupted',
    in: 'dev',
    back: 'production',
    by: 'content validation',
  })
})

test('an older intent without where or why was a comparison’s, from production', async () => {
  const { seen } = await setup('dev', JSON.stringify({ since: 'x' }))
  expect(seen().putBack.leftBehind).toEqual({
    reason: 'interrupted',
    in: 'dev',
    back: 'production',
    by: 'comparison',
  })
})

test('an intent whose session is already back is closed, nothing flagged', async () => {
  const { seen, host } = await setup(
    'production',
    JSON.stringify({ since: 'x', back: 'production' })
  )
  expect(seen().putBack.leftBehind).toBeNull()
  expect(host.items.get(KEY)).toBe('')
})

test.each([
  ['nothing stored', undefined],
  ['an empty intent', ''],
  ['an unreadable intent', '{oops'],
])('%s: nothing flagged', async (_what, stored) => {
  const { seen } = await setup('dev', stored)
  expect(seen().putBack.leftBehind).toBeNull()
})

test('the banner’s button puts the session back and closes the intent', async () => {
  const { seen, host } = await setup('dev', JSON.stringify({ since: 'x', back: 'production' }))
  await act(async () => {
    await seen().putBack.putBackNow.run()
  })
  expect(seen().putBack.leftBehind).toBeNull()
  expect(host.items.get(KEY)).toBe('')
  await until(() => seen().workspace.session.status === 'success')
  expect(seen().workspace.session).toMatchObject({ value: { workspaceId: 'production' } })
})

test('Looker keeping the session where it is: the button says so and the banner stays', async () => {
  const { seen, looker } = await setup('dev', JSON.stringify({ since: 'x', back: 'production' }))
  looker.answer('update_session', { workspace_id: 'dev' })
  await act(async () => {
    await seen().putBack.putBackNow.run()
  })
  expect(seen().putBack.putBackNow.state).toMatchObject({
    status: 'error',
    error: { message: 'Looker kept the session in Development Mode.' },
  })
  expect(seen().putBack.leftBehind).toMatchObject({ back: 'production' })
})

test('a session switched back from elsewhere (the bar, another tab) clears the banner', async () => {
  const { seen, host } = await setup('dev', JSON.stringify({ since: 'x', back: 'production' }))
  await act(async () => {
    await seen().workspace.switchWorkspace('production')
  })
  await until(() => seen().putBack.leftBehind === null)
  expect(host.items.get(KEY)).toBe('')
})

test('a visit stores where to come back and why, shows itself, and ends back home', async () => {
  const { seen, host } = await setup('production')
  let finish = () => undefined as void
  const finished = new Promise<void>((r) => (finish = r))
  let visit: Promise<unknown> = Promise.resolve()
  act(() => {
    visit = seen().workspace.exclusive((session) =>
      seen().putBack.inWorkspace(
        session,
        { from: 'production', to: 'dev', by: 'comparison' },
        () => finished
      )
    )
  })
  await until(() => seen().workspace.visiting !== null)
  expect(seen().workspace.visiting).toEqual({ from: 'production', to: 'dev', by: 'comparison' })
  expect(JSON.parse(host.items.get(KEY) ?? 'null')).toEqual({
    since: expect.any(String),
    back: 'production',
    by: 'comparison',
  })
  await act(async () => {
    finish()
    await visit
  })
  expect(seen().workspace.visiting).toBeNull()
  expect(host.items.get(KEY)).toBe('')
})

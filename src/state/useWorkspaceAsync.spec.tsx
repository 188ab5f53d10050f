/** The one hook for workspace-dependent reads: keyed by the workspace, held during a visit. */
import React, { createRef, forwardRef, useImperativeHandle, useState } from 'react'
import { act, screen } from '@testing-library/react'
import { renderInApp } from '../../test/renderInApp'
import { useLookerApi } from './api'
import { useWorkspaceAsync } from './useWorkspaceAsync'
import { useWorkspace, type WorkspaceState } from './workspace'

/** Shows the workspace a read is labelled with and the one Looker answered it in. */
function Reader({ name }: { name: string }) {
  const api = useLookerApi()
  const { state } = useWorkspaceAsync(() => api.getSession(), name)
  return (
    <p aria-label={name}>
      {state.status === 'success'
        ? `labelled ${state.value.workspaceId}, answered in ${state.value.value.workspaceId}`
        : state.status}
    </p>
  )
}

interface Controls extends WorkspaceState {
  mountSecond(): void
}

const Page = forwardRef<Controls>(function Page(_, ref) {
  const workspace = useWorkspace()
  const [second, setSecond] = useState(false)
  useImperativeHandle(ref, () => ({ ...workspace, mountSecond: () => setSecond(true) }))
  return (
    <>
      <Reader name="first" />
      {second && <Reader name="second" />}
    </>
  )
})

async function setup() {
  const ref = createRef<Controls>()
  const { looker } = await renderInApp(<Page ref={ref} />)
  const first = await screen.findByText('labelled production, answered in production')
  return { looker, page: () => ref.current!, first }
}

const text = (name: string) => screen.getByLabelText(name).textContent

test('a read is done again, in the new workspace, after a switch', async () => {
  const { page } = await setup()
  await act(() => page().switchWorkspace('dev'))
  await screen.findByText('labelled dev, answered in dev')
})

test('a visit keeps what is shown, and a read started during it waits until the session is back', async () => {
  const { page } = await setup()
  let during: Array<string | null> = []
  await act(async () => {
    await page().exclusive(async (session) => {
      session.visiting({ from: 'production', to: 'dev', by: 'test' })
      await session.switchWorkspace('dev')
      page().mountSecond()
      // A round trip sent after the second reader mounted: a read it sent is answered by now.
      await session.readSession()
      during = [text('first'), text('second')]
      await session.switchWorkspace('production')
      session.visiting(null)
    })
  })
  expect(during).toEqual(['labelled production, answered in production', 'loading'])
  expect(await screen.findByLabelText('second')).toHaveTextContent(
    'labelled production, answered in production'
  )
  expect(text('first')).toBe('labelled production, answered in production')
})

/** The one hook for workspace-dependent reads: keyed by the workspace, held during a visit. */
import React, { createRef, forwardRef, useImperativeHandle, useState } from 'react'
import { act, screen, waitFor } from '@testing-library/react'
import { apiOverFake } from '../../test/apiOverFake'
import type { FakeLooker } from '../../test/fakeLooker'
import { renderInApp } from '../../test/renderInApp'
import { ApiError } from '../looker'
import { type Async, loading } from '../shared/async'
import { useLookerApi } from './api'
import { type InWorkspace, useWorkspaceAsync, valueOnly } from './useWorkspaceAsync'
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

/** The ask of each list read, in order: the hook's own calls of `read`, by reader name. */
let asked: string[] = []
beforeEach(() => {
  asked = []
})

interface ListProps {
  name: string
  readKey?: string
  ready?: boolean
  besideSession?: boolean
}

/** Reads the project list (`all_projects`); shows which of its own reads answered, and where. */
function List({ name, readKey = name, ready, besideSession }: ListProps) {
  const api = useLookerApi()
  const { state } = useWorkspaceAsync(
    async () => {
      asked.push(name)
      const n = asked.filter((a) => a === name).length
      await api.listProjects()
      return `read ${n}`
    },
    readKey,
    { ready, besideSession }
  )
  return (
    <p aria-label={name}>
      {state.status === 'success'
        ? `${state.value.workspaceId}: ${state.value.value}`
        : state.status === 'error'
          ? `error: ${state.error.message}`
          : state.status}
    </p>
  )
}

interface Stage extends WorkspaceState {
  /** Shows these readers (a reader kept by name keeps its state). */
  show(...readers: ListProps[]): void
}

const StagePage = forwardRef<Stage, { first: ListProps[] }>(function StagePage({ first }, ref) {
  const workspace = useWorkspace()
  const [readers, setReaders] = useState(first)
  useImperativeHandle(ref, () => ({ ...workspace, show: (...r) => setReaders(r) }))
  return (
    <>
      {readers.map((props) => (
        <List key={props.name} {...props} />
      ))}
    </>
  )
})

/** Renders the readers over a fake Looker set up first (`prepare` holds or fails operations). */
async function stage(first: ListProps[], prepare: (looker: FakeLooker) => void = () => undefined) {
  const over = await apiOverFake()
  prepare(over.looker)
  const ref = createRef<Stage>()
  await renderInApp(<StagePage ref={ref} first={first} />, { over })
  const sent = (operation: string) => over.looker.log.filter((e) => e.operation === operation)
  return { looker: over.looker, page: () => ref.current!, sent, cleanup: over.cleanup }
}

/** Waits until the reader shows an answer (or an error). */
const answered = (name: string) => waitFor(() => expect(text(name)).not.toBe('loading'))

type Held = ReturnType<FakeLooker['hold']>

const sessionKnown = (page: () => WorkspaceState) =>
  waitFor(() => expect(page().session.status).toBe('success'))

test('not ready: loading, and nothing is asked; once ready it is read, and read again for a new key', async () => {
  const { page, cleanup } = await stage([{ name: 'ready' }, { name: 'waiting', ready: false }])
  expect(await screen.findByText('production: read 1')).toHaveAccessibleName('ready')
  // Both readers were rendered together: a read the waiting one had asked for has answered too.
  expect(text('waiting')).toBe('loading')
  expect(asked).toEqual(['ready'])

  act(() => page().show({ name: 'ready' }, { name: 'waiting', ready: true }))
  await answered('waiting')
  expect(text('waiting')).toBe('production: read 1')
  act(() => page().show({ name: 'ready' }, { name: 'waiting', readKey: 'another model' }))
  await waitFor(() => expect(text('waiting')).not.toBe('production: read 1'))
  await answered('waiting')
  expect(text('waiting')).toBe('production: read 2')
  expect(text('ready')).toBe('production: read 1')
  await cleanup()
})

test('besideSession: asked beside the first session read, shown labelled once the session has answered; others wait for it', async () => {
  let session!: Held
  const { sent, cleanup } = await stage(
    [{ name: 'after' }, { name: 'beside', besideSession: true }],
    (looker) => (session = looker.hold('session'))
  )
  // Looker has not answered the session: the early read is asked and reaches it, the other is not.
  expect(asked).toEqual(['beside'])
  await waitFor(() => expect(sent('all_projects')).toHaveLength(1))
  expect(text('beside')).toBe('loading')
  expect(text('after')).toBe('loading')

  session.release()
  await answered('beside')
  await answered('after')
  expect(text('beside')).toBe('production: read 1')
  expect(text('after')).toBe('production: read 1')
  // The early answer was used: one read each.
  expect(asked.sort()).toEqual(['after', 'beside'])
  expect(sent('all_projects')).toHaveLength(2)
  await cleanup()
})

test("besideSession: the early read's failure is shown as the read's, once the session has answered", async () => {
  let session!: Held
  const { sent, cleanup } = await stage([{ name: 'beside', besideSession: true }], (looker) => {
    session = looker.hold('session')
    looker.fail('all_projects', 404, 'No such projects', 1)
  })
  expect(asked).toEqual(['beside'])
  await waitFor(() => expect(sent('all_projects')).toHaveLength(1))
  expect(text('beside')).toBe('loading')
  session.release()
  await answered('beside')
  expect(text('beside')).toBe('error: No such projects')
  expect(asked).toEqual(['beside'])
  await cleanup()
})

test('besideSession: when the session read fails, the early answer is dropped and the list is asked again after Retry', async () => {
  const { page, sent, cleanup } = await stage([{ name: 'beside', besideSession: true }], (looker) =>
    looker.fail('session', 500, 'Looker is down', 1)
  )
  expect(asked).toEqual(['beside'])
  await waitFor(() => expect(page().session.status).toBe('error'))
  await waitFor(() => expect(sent('all_projects')).toHaveLength(1))
  expect(text('beside')).toBe('loading')

  act(() => page().reload())
  await answered('beside')
  expect(text('beside')).toBe('production: read 2')
  expect(sent('all_projects')).toHaveLength(2)
  await cleanup()
})

test('besideSession mounted during a switch is asked once the switch has answered, labelled with its workspace', async () => {
  const { looker, page, cleanup } = await stage([])
  await sessionKnown(page)
  const update = looker.hold('update_session')
  let switched: Promise<void> = Promise.resolve()
  act(() => {
    switched = page().switchWorkspace('dev')
  })
  expect(page().switching).toBe('dev')
  act(() => page().show({ name: 'beside', besideSession: true }))
  // Looker is still switching: which workspace a read would answer from is not known yet.
  expect(asked).toEqual([])
  expect(text('beside')).toBe('loading')
  update.release()
  await act(() => switched)
  await answered('beside')
  expect(text('beside')).toBe('dev: read 1')
  expect(asked).toEqual(['beside'])
  await cleanup()
})

test('besideSession mounted while the session is read again during a visit still waits for the visit to end', async () => {
  const { page, cleanup } = await stage([])
  await sessionKnown(page)
  let during: unknown[] = []
  await act(async () => {
    await page().exclusive(async (session) => {
      session.visiting({ from: 'production', to: 'dev', by: 'test' })
      await session.switchWorkspace('dev')
      page().reload() // Retry of the session: loading again, while reads stay in production
      expect(page().session.status).toBe('loading')
      page().show({ name: 'beside', besideSession: true })
      // A round trip after the reader mounted: a read it sent has been answered by now.
      await session.readSession()
      during = [[...asked], text('beside')]
      await session.switchWorkspace('production')
      session.visiting(null)
    })
  })
  expect(during).toEqual([[], 'loading'])
  await answered('beside')
  expect(text('beside')).toBe('production: read 1')
  await cleanup()
})

test('valueOnly: the answer without its workspace; loading and errors as they are', () => {
  expect(valueOnly({ status: 'success', value: { workspaceId: 'dev', value: 3 } })).toEqual({
    status: 'success',
    value: 3,
  })
  const error: Async<InWorkspace<number>> = {
    status: 'error',
    error: new ApiError('Not found', 'looker', null, 404),
  }
  expect(valueOnly(error)).toBe(error)
  expect(valueOnly(loading)).toBe(loading)
})

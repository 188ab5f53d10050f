/**
 * A stored check as the Ship page holds it: its last result kept per project and check with the
 * commit it ran on (stale on another commit), Run with progress, a failure recorded as the
 * result, Cancel recording nothing, and Looker's own kept result when nothing is stored.
 */
import React, { createRef, forwardRef, useImperativeHandle, useState } from 'react'
import { act, waitFor } from '@testing-library/react'
import { memoryHost, type MemoryHost } from '../../test/memoryHost'
import { renderInApp } from '../../test/renderInApp'
import { ApiError } from '../looker'
import { Cancelled, sleep } from '../shared/abort'
import type { CheckRecord } from '../shared/checkTypes'
import { useStoredCheck } from './checks'
import { shipCheckKey } from './storageKeys'
import { useWorkspace, type WorkspaceState } from './workspace'

interface Check extends ReturnType<typeof useStoredCheck<number>> {
  workspace: WorkspaceState
  /** Renders the check again with these props changed. */
  set(props: Partial<ProbeProps>): void
}

interface ProbeProps {
  head: string | null
  projectId?: string
  ready?: boolean
  run?(signal: AbortSignal, progress: (text: string) => void): Promise<number>
  initial?(): Promise<CheckRecord<number> | null>
}

const Probe = forwardRef<Check, ProbeProps>(function Probe(first, ref) {
  const [props, setProps] = useState(first)
  const { head, projectId = 'ecommerce', ready, run, initial } = props
  const check = useStoredCheck<number>({
    projectId,
    name: 'validation',
    head,
    run: run ?? (async () => 1),
    passed: (n) => n > 0,
    ready,
    initial,
  })
  const workspace = useWorkspace()
  useImperativeHandle(ref, () => ({
    ...check,
    workspace,
    set: (changed) => setProps((p) => ({ ...p, ...changed })),
  }))
  return null
})

const KEY = shipCheckKey('ecommerce', 'validation')

/** A pass stored on commit abc, as a run keeps it. */
const PASSED_ON_ABC = JSON.stringify({
  commit: 'abc',
  ranAt: 1,
  outcome: { status: 'passed', value: 5 },
})

async function setup(props: ProbeProps, stored?: string, host: MemoryHost = memoryHost()) {
  if (stored !== undefined) host.items.set(KEY, stored)
  const ref = createRef<Check>()
  const view = await renderInApp(<Probe ref={ref} {...props} />, { host })
  const check = () => ref.current!
  return { host, check, cleanup: view.cleanup }
}

const storedText = (host: { items: Map<string, string> }) =>
  JSON.parse(host.items.get(KEY) ?? 'null') as Record<string, unknown> | null

test('nothing stored and nothing kept by Looker: not run; a run shows its progress, then passes on this commit', async () => {
  let finish = (_n: number) => undefined as void
  const { host, check, cleanup } = await setup({
    head: 'abc',
    run: (_signal, progress) =>
      new Promise<number>((resolve) => {
        progress('Validating')
        finish = resolve
      }),
  })
  await waitFor(() => expect(check().view).toEqual({ status: 'idle' }))
  act(() => void check().start())
  await waitFor(() => expect(check().view).toEqual({ status: 'running', progress: 'Validating' }))
  await act(async () => finish(3))
  await waitFor(() => expect(check().view.status).toBe('done'))
  expect(check().view).toMatchObject({
    status: 'done',
    stale: false,
    record: { commit: 'abc', outcome: { status: 'passed', value: 3 } },
  })
  expect(storedText(host)).toMatchObject({ commit: 'abc', outcome: { status: 'passed', value: 3 } })
  await cleanup()
})

test('a value that does not pass is a failed result, recorded', async () => {
  const { host, check, cleanup } = await setup({ head: 'abc', run: async () => 0 })
  await waitFor(() => expect(check().view).toEqual({ status: 'idle' }))
  await act(() => check().start())
  expect(check().view).toMatchObject({ status: 'done', record: { outcome: { status: 'failed' } } })
  expect(storedText(host)).toMatchObject({ outcome: { status: 'failed', value: 0 } })
  await cleanup()
})

test("Looker's refusal is the check's result, kept with its message, link and status", async () => {
  const refusal = new ApiError('Not found', 'looker', 'https://docs/404', 404)
  const { host, check, cleanup } = await setup({
    head: 'abc',
    run: async () => {
      throw refusal
    },
  })
  await waitFor(() => expect(check().view).toEqual({ status: 'idle' }))
  await act(() => check().start())
  expect(check().view).toMatchObject({ status: 'done', record: { outcome: { status: 'error' } } })
  expect(storedText(host)).toMatchObject({
    commit: 'abc',
    outcome: {
      status: 'error',
      message: 'Not found',
      documentationUrl: 'https://docs/404',
      httpStatus: 404,
    },
  })
  await cleanup()
})

test('Cancel records nothing and the stored result stays', async () => {
  const before = PASSED_ON_ABC
  const { host, check, cleanup } = await setup(
    {
      head: 'abc',
      run: (signal) =>
        new Promise<number>((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new Cancelled()))
        ),
    },
    before
  )
  await waitFor(() => expect(check().view.status).toBe('done'))
  act(() => void check().start())
  await waitFor(() => expect(check().view.status).toBe('running'))
  await act(async () => check().cancel())
  await waitFor(() => expect(check().view.status).toBe('done'))
  expect(check().view).toMatchObject({ record: { outcome: { status: 'passed', value: 5 } } })
  expect(host.items.get(KEY)).toBe(before)
  await cleanup()
})

test.each([
  ['another commit', 'old', 'abc', true],
  ['no commit', null, 'abc', true],
  ['no commit, the head not known', null, null, true],
  ['this commit', 'abc', 'abc', false],
])(
  'a stored result from %s (commit %s, head %s): stale is %s',
  async (_what, commit, head, stale) => {
    const stored = JSON.stringify({ commit, ranAt: 1, outcome: { status: 'passed', value: 2 } })
    const { check, cleanup } = await setup({ head }, stored)
    await waitFor(() => expect(check().view.status).toBe('done'))
    expect(check().view).toMatchObject({
      stale,
      record: { commit, ranAt: 1, outcome: { status: 'passed', value: 2 } },
    })
    await cleanup()
  }
)

test('a stored error comes back as Looker said it', async () => {
  const stored = JSON.stringify({
    commit: 'abc',
    ranAt: 1,
    outcome: { status: 'error', message: 'Gone', documentationUrl: 'https://d', httpStatus: 410 },
  })
  const { check, cleanup } = await setup({ head: 'abc' }, stored)
  await waitFor(() => expect(check().view.status).toBe('done'))
  const view = check().view
  if (view.status !== 'done' || view.record.outcome.status !== 'error') throw new Error('no error')
  expect(view.record.outcome.error).toMatchObject({
    kind: 'looker',
    message: 'Gone',
    documentationUrl: 'https://d',
    status: 410,
  })
  await cleanup()
})

test('what cannot be read as a stored result is not run, not an error', async () => {
  const { check, cleanup } = await setup({ head: 'abc' }, '{not json')
  await waitFor(() => expect(check().view).toEqual({ status: 'idle' }))
  await cleanup()
})

test("nothing stored: Looker's own kept result is shown; an answer that could not be read is an error, a refusal is not run", async () => {
  const kept: CheckRecord<number> = {
    commit: 'abc',
    ranAt: 7,
    outcome: { status: 'passed', value: 9 },
  }
  const a = await setup({ head: 'abc', initial: async () => kept })
  await waitFor(() => expect(a.check().view).toMatchObject({ status: 'done', record: kept }))
  await a.cleanup()

  const unreadable = keptBy(async () => {
    throw new ApiError('not a validation', 'unexpected')
  })
  const b = await setup({ head: 'abc', initial: unreadable.initial })
  await unreadable.taken()
  expect(b.check().view).toMatchObject({
    status: 'done',
    stale: false,
    record: { commit: 'abc', outcome: { status: 'error' } },
  })
  await b.cleanup()

  const refused = keptBy(async () => {
    throw new ApiError('Forbidden', 'looker', null, 403)
  })
  const c = await setup({ head: 'abc', initial: refused.initial })
  await refused.taken()
  expect(c.check().view).toEqual({ status: 'idle' })
  await c.cleanup()
})

test("storage that cannot be read is read as nothing stored: Looker's kept result is shown", async () => {
  const kept: CheckRecord<number> = {
    commit: 'abc',
    ranAt: 7,
    outcome: { status: 'passed', value: 9 },
  }
  const host: MemoryHost = {
    ...memoryHost(),
    getItem: () => Promise.reject(new Error('Storage is not available')),
  }
  const { check, cleanup } = await setup(
    { head: 'abc', initial: async () => kept },
    undefined,
    host
  )
  await waitFor(() => expect(check().view).toMatchObject({ status: 'done', record: kept }))
  await cleanup()
})

test('storage that cannot be written: the run is shown all the same; a switch of workspace forgets it', async () => {
  const host: MemoryHost = {
    ...memoryHost(),
    setItem: () => Promise.reject(new Error('Storage is full')),
  }
  const { check, cleanup } = await setup({ head: 'abc' }, undefined, host)
  await waitFor(() => expect(check().workspace.session.status).toBe('success'))
  await act(() => check().start())
  expect(check().view).toMatchObject({
    status: 'done',
    record: { commit: 'abc', outcome: { status: 'passed', value: 1 } },
  })
  expect(host.items.size).toBe(0)
  // Nothing stored: in the other workspace there is no result to show.
  await act(() => check().workspace.switchWorkspace('dev'))
  expect(check().workspace.session).toMatchObject({ value: { workspaceId: 'dev' } })
  expect(check().view).toEqual({ status: 'idle' })
  await cleanup()
})

test('not ready: nothing is read, not run; once ready the stored result; a run is forgotten when not ready again', async () => {
  const host = memoryHost()
  const reads: string[] = []
  const getItem = host.getItem
  host.getItem = (key) => {
    reads.push(key)
    return getItem(key)
  }
  const stored = JSON.stringify({
    commit: 'abc',
    ranAt: 1,
    outcome: { status: 'passed', value: 2 },
  })
  const { check, cleanup } = await setup({ head: 'abc', ready: false }, stored, host)
  await waitFor(() => expect(check().workspace.session.status).toBe('success'))
  // Reading storage is promise steps only: a read asked for once the session was known is done.
  await act(() => sleep(1))
  expect(reads.filter((key) => key === KEY)).toEqual([])
  expect(check().view).toEqual({ status: 'idle' })

  act(() => check().set({ ready: true }))
  await waitFor(() => expect(check().view.status).toBe('done'))
  expect(check().view).toMatchObject({ record: { outcome: { status: 'passed', value: 2 } } })
  await act(() => check().start())
  expect(check().view).toMatchObject({ record: { outcome: { status: 'passed', value: 1 } } })

  act(() => check().set({ ready: false }))
  expect(check().view).toEqual({ status: 'idle' })
  await cleanup()
})

test("another project: that project's stored result is read", async () => {
  const host = memoryHost()
  const result = (value: number) =>
    JSON.stringify({ commit: 'abc', ranAt: 1, outcome: { status: 'passed', value } })
  host.items.set(shipCheckKey('marketing', 'validation'), result(5))
  const { check, cleanup } = await setup({ head: 'abc' }, result(2), host)
  await waitFor(() => expect(check().view.status).toBe('done'))
  expect(check().view).toMatchObject({ record: { outcome: { value: 2 } } })

  act(() => check().set({ projectId: 'marketing' }))
  await waitFor(() => expect(check().view.status).toBe('done'))
  expect(check().view).toMatchObject({ record: { outcome: { value: 5 } } })
  await cleanup()
})

test("Cancel of a run that then fails with Looker's error (not Cancelled): nothing is recorded", async () => {
  const before = PASSED_ON_ABC
  const { host, check, cleanup } = await setup(
    {
      head: 'abc',
      run: (signal) =>
        new Promise<number>((_resolve, reject) =>
          signal.addEventListener('abort', () =>
            reject(new ApiError('The request was aborted', 'network'))
          )
        ),
    },
    before
  )
  await waitFor(() => expect(check().view.status).toBe('done'))
  let started: Promise<void> = Promise.resolve()
  act(() => {
    started = check().start()
  })
  expect(check().view.status).toBe('running')
  // start() resolves once the run has settled, what it does after Cancel included.
  await act(async () => {
    check().cancel()
    await started
  })
  expect(check().view).toMatchObject({ status: 'done', record: { outcome: { value: 5 } } })
  expect(host.items.get(KEY)).toBe(before)
  await cleanup()
})

test('a run that goes on after Cancel and answers later: its answer is dropped', async () => {
  const before = PASSED_ON_ABC
  let finish = (_n: number) => undefined as void
  const { host, check, cleanup } = await setup(
    { head: 'abc', run: () => new Promise<number>((resolve) => (finish = resolve)) },
    before
  )
  await waitFor(() => expect(check().view.status).toBe('done'))
  let started: Promise<void> = Promise.resolve()
  act(() => {
    started = check().start()
  })
  expect(check().view.status).toBe('running')
  act(() => check().cancel())
  // start() resolves once the run has settled, what it does after Cancel included.
  await act(async () => {
    finish(7)
    await started
  })
  expect(check().view).toMatchObject({ status: 'done', record: { outcome: { value: 5 } } })
  expect(host.items.get(KEY)).toBe(before)
  await cleanup()
})

test('Run while a run is under way is ignored', async () => {
  let runs = 0
  let finish = (_n: number) => undefined as void
  const { check, cleanup } = await setup({
    head: 'abc',
    run: () => {
      runs += 1
      return new Promise<number>((resolve) => (finish = resolve))
    },
  })
  await waitFor(() => expect(check().workspace.session.status).toBe('success'))
  let first: Promise<void> = Promise.resolve()
  let second: Promise<void> = Promise.resolve()
  act(() => {
    first = check().start()
  })
  act(() => {
    second = check().start()
  })
  expect(runs).toBe(1)
  await act(async () => {
    finish(4)
    await Promise.all([first, second])
  })
  expect(check().view).toMatchObject({
    status: 'done',
    record: { outcome: { status: 'passed', value: 4 } },
  })
  await cleanup()
})

/**
 * Looker's kept result, answered by `answer`. `taken()` waits until the hook has asked for it and
 * taken the answer: what follows the answer is promise steps only, so one task later it is shown.
 */
function keptBy(answer: () => Promise<CheckRecord<number> | null>) {
  let asked = () => undefined as void
  const wasAsked = new Promise<void>((resolve) => (asked = resolve))
  return {
    initial: () => {
      asked()
      return answer()
    },
    taken: () =>
      act(async () => {
        await wasAsked
        await sleep(1)
      }),
  }
}

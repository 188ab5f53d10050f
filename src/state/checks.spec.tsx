/**
 * A stored check as the Ship page holds it: its last result kept per project and check with the
 * commit it ran on (stale on another commit), Run with progress, a failure recorded as the
 * result, Cancel recording nothing, and Looker's own kept result when nothing is stored.
 */
import React, { createRef, forwardRef, useImperativeHandle } from 'react'
import { act, waitFor } from '@testing-library/react'
import { memoryHost } from '../../test/memoryHost'
import { renderInApp } from '../../test/renderInApp'
import { ApiError } from '../looker'
import { Cancelled } from '../shared/abort'
import type { CheckRecord } from '../shared/checkTypes'
import { useStoredCheck } from './checks'
import { shipCheckKey } from './storageKeys'

type Check = ReturnType<typeof useStoredCheck<number>>

interface ProbeProps {
  head: string | null
  run?(signal: AbortSignal, progress: (text: string) => void): Promise<number>
  initial?(): Promise<CheckRecord<number> | null>
}

const Probe = forwardRef<Check, ProbeProps>(function Probe({ head, run, initial }, ref) {
  const check = useStoredCheck<number>({
    projectId: 'ecommerce',
    name: 'validation',
    head,
    run: run ?? (async () => 1),
    passed: (n) => n > 0,
    initial,
  })
  useImperativeHandle(ref, () => check)
  return null
})

const KEY = shipCheckKey('ecommerce', 'validation')

async function setup(props: ProbeProps, stored?: string) {
  const host = memoryHost()
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
  const before = JSON.stringify({
    commit: 'abc',
    ranAt: 1,
    outcome: { status: 'passed', value: 5 },
  })
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
  ['another commit', 'old', true],
  ['no commit', null, true],
  ['this commit', 'abc', false],
])('a stored result from %s (commit %s): stale is %s', async (_what, commit, stale) => {
  const stored = JSON.stringify({ commit, ranAt: 1, outcome: { status: 'passed', value: 2 } })
  const { check, cleanup } = await setup({ head: 'abc' }, stored)
  await waitFor(() => expect(check().view.status).toBe('done'))
  expect(check().view).toMatchObject({
    stale,
    record: { commit, ranAt: 1, outcome: { status: 'passed', value: 2 } },
  })
  await cleanup()
})

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

  const b = await setup({
    head: 'abc',
    initial: async () => {
      throw new ApiError('not a validation', 'unexpected')
    },
  })
  await waitFor(() =>
    expect(b.check().view).toMatchObject({
      status: 'done',
      stale: false,
      record: { commit: 'abc', outcome: { status: 'error' } },
    })
  )
  await b.cleanup()

  const c = await setup({
    head: 'abc',
    initial: async () => {
      throw new ApiError('Forbidden', 'looker', null, 403)
    },
  })
  await waitFor(() => expect(c.check().view).toEqual({ status: 'idle' }))
  await c.cleanup()
})

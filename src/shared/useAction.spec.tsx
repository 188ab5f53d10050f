import React from 'react'
import { act, render, screen } from '@testing-library/react'
import { ApiError, toApiError } from '../looker'
import { Action, ActionSettingsProvider, useAction } from './useAction'

/** Work whose answers the test hands out one by one. */
function deferred() {
  const pending: Array<{
    resolve(v: string): void
    reject(e: unknown): void
    signal: AbortSignal
  }> = []
  const work = ({ signal }: { signal: AbortSignal }, _label: string) =>
    new Promise<string>((resolve, reject) => pending.push({ resolve, reject, signal }))
  return { work, pending }
}

let action: Action<string, [string]>
function Probe(props: {
  work(ctx: { signal: AbortSignal }, label: string): Promise<string>
  reread?(label: string): Promise<boolean>
}) {
  action = useAction(props.work, { reread: props.reread })
  const s = action.state
  return (
    <p>
      {s.status}
      {s.status === 'success' && `: ${s.value}`}
      {(s.status === 'error' || s.status === 'timedOut') && `: ${s.error.message}`}
      {s.status === 'timedOut' && s.applied && ' (applied)'}
    </p>
  )
}

test('pending, then success; the latest click wins over an earlier answer', async () => {
  const { work, pending } = deferred()
  render(<Probe work={work} />)
  expect(screen.getByText('idle')).toBeInTheDocument()
  let first: Promise<unknown>
  act(() => {
    first = action.run('first')
  })
  expect(screen.getByText('pending')).toBeInTheDocument()
  act(() => {
    void action.run('second')
  })
  expect(pending[0]!.signal.aborted).toBe(true) // the earlier run is told to stop
  await act(async () => pending[1]!.resolve('second answer'))
  await act(async () => pending[0]!.resolve('first answer'))
  expect(screen.getByText('success: second answer')).toBeInTheDocument()
  await expect(first!).resolves.toBeNull()
})

test("an error carries Looker's message and documentation link", async () => {
  const { work, pending } = deferred()
  render(<Probe work={work} />)
  let outcome: Promise<unknown>
  act(() => {
    outcome = action.run('x')
  })
  const lookerError = {
    message: 'Branch x already exists',
    documentation_url:
      'https://cloud.google.com/looker/docs/r/err/4.0/409/post/projects/:project_id/git_branch',
  }
  await act(async () => pending[0]!.reject(lookerError))
  expect(screen.getByText('error: Branch x already exists')).toBeInTheDocument()
  const result = (await outcome!) as { ok: false; error: ApiError; timedOut: boolean }
  expect(result.error).toEqual(toApiError(lookerError))
  expect(result.error.status).toBe(409)
  expect(result.timedOut).toBe(false)
})

test('stop aborts the work, shows stopped at once and re-reads', async () => {
  const { work, pending } = deferred()
  const reread = jest.fn(async () => false)
  render(<Probe work={work} reread={reread} />)
  let outcome: Promise<unknown>
  act(() => {
    outcome = action.run('x')
  })
  act(() => action.stop())
  expect(pending[0]!.signal.aborted).toBe(true)
  expect(screen.getByText('stopped')).toBeInTheDocument()
  await act(async () => pending[0]!.resolve('late'))
  await expect(outcome!).resolves.toBeNull()
  expect(screen.getByText('stopped')).toBeInTheDocument()
  expect(reread).toHaveBeenCalledWith('x')
})

test('a host timeout is not a failure: it re-reads until Looker shows the write applied', async () => {
  const { work, pending } = deferred()
  let applied = false
  const reread = jest.fn(async () => applied)
  render(
    <ActionSettingsProvider rereadDelaysMs={[1, 1, 1, 1, 1, 1]}>
      <Probe work={work} reread={reread} />
    </ActionSettingsProvider>
  )
  act(() => {
    void action.run('x')
  })
  await act(async () => pending[0]!.reject(new Error('Timeout')))
  expect(screen.getByText('timedOut: Timeout')).toBeInTheDocument()
  applied = true
  expect(await screen.findByText('timedOut: Timeout (applied)')).toBeInTheDocument()
})

test('nothing updates after unmount, and the work is aborted', async () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  const { work, pending } = deferred()
  const { unmount } = render(<Probe work={work} />)
  let outcome: Promise<unknown>
  act(() => {
    outcome = action.run('x')
  })
  unmount()
  expect(pending[0]!.signal.aborted).toBe(true)
  await act(async () => pending[0]!.resolve('late'))
  await expect(outcome!).resolves.toBeNull()
  expect(errors).not.toHaveBeenCalled()
  errors.mockRestore()
})

import React from 'react'
import { act, render, screen, waitFor } from '@testing-library/react'
import { ApiError, toApiError } from '../looker'
import { DEPLOY_SETTLE_MS, REREAD_AFTER_TIMEOUT_MS } from '../config'
import { Cancelled, sleep } from './abort'
import {
  Action,
  ActionContext,
  ActionOptions,
  ActionSettingsProvider,
  ActionSettingsValue,
  useAction,
  useActionSettings,
} from './useAction'

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

/** A probe with every option, showing progress and the run's arguments as well. */
let full: Action<string, [string], string>
function Full(props: {
  work(ctx: ActionContext<string>, label: string): Promise<string>
  options?: ActionOptions<[string]>
}) {
  full = useAction(props.work, props.options)
  const s = full.state
  return (
    <p>
      {s.status}
      {s.status !== 'idle' && ` [${s.args[0]}]`}
      {s.status === 'pending' && s.progress !== null && ` ${s.progress}`}
      {s.status === 'success' && `: ${s.value}`}
      {(s.status === 'error' || s.status === 'timedOut') && `: ${s.error.message}`}
      {s.status === 'timedOut' && s.applied && ' (applied)'}
    </p>
  )
}

/** Promises the test settles by hand. */
function handle<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

const timeout = () => new Error('Timeout')

test('the settings: defaults without a provider or props, and what the provider is given', () => {
  const seen: ActionSettingsValue[] = []
  function Settings() {
    seen.push(useActionSettings())
    return null
  }
  render(
    <>
      <Settings />
      <ActionSettingsProvider>
        <Settings />
      </ActionSettingsProvider>
      <ActionSettingsProvider rereadDelaysMs={[7]} settleMs={9}>
        <Settings />
      </ActionSettingsProvider>
    </>
  )
  const defaults = { rereadDelaysMs: REREAD_AFTER_TIMEOUT_MS, settleMs: DEPLOY_SETTLE_MS }
  expect(seen).toEqual([defaults, defaults, { rereadDelaysMs: [7], settleMs: 9 }])
})

test('success resolves with the value; progress shows while pending, never once settled or stale', async () => {
  let report!: (p: string) => void
  const answers: Array<ReturnType<typeof handle<string>>> = []
  const work = (ctx: ActionContext<string>) => {
    report = ctx.progress
    const h = handle<string>()
    answers.push(h)
    return h.promise
  }
  render(<Full work={work} />)
  let outcome: Promise<unknown>
  act(() => {
    outcome = full.run('a')
  })
  expect(screen.getByText('pending [a]')).toBeInTheDocument()
  act(() => report('3 of 9'))
  expect(screen.getByText('pending [a] 3 of 9')).toBeInTheDocument()
  await act(async () => answers[0]!.resolve('done'))
  expect(screen.getByText('success [a]: done')).toBeInTheDocument()
  await expect(outcome!).resolves.toEqual({ ok: true, value: 'done' })
  act(() => report('late'))
  expect(screen.getByText('success [a]: done')).toBeInTheDocument()
  // A run that was stopped reports nothing more either.
  act(() => {
    void full.run('b')
  })
  const stale = report
  act(() => full.stop())
  act(() => stale('late'))
  expect(screen.getByText('stopped [b]')).toBeInTheDocument()
})

test('ignoreWhilePending: a click while pending is ignored; after it settles a click runs', async () => {
  const { work, pending } = deferred()
  render(<Full work={work} options={{ ignoreWhilePending: true }} />)
  act(() => {
    void full.run('first')
  })
  let ignored: Promise<unknown>
  act(() => {
    ignored = full.run('second')
  })
  await expect(ignored!).resolves.toBeNull()
  expect(pending).toHaveLength(1)
  expect(pending[0]!.signal.aborted).toBe(false)
  expect(screen.getByText('pending [first]')).toBeInTheDocument()
  await act(async () => pending[0]!.reject({ message: 'Refused' }))
  expect(screen.getByText('error [first]: Refused')).toBeInTheDocument()
  act(() => {
    void full.run('third')
  })
  expect(screen.getByText('pending [third]')).toBeInTheDocument()
  await act(async () => pending[1]!.resolve('ok'))
  act(() => {
    void full.run('fourth')
  })
  expect(screen.getByText('pending [fourth]')).toBeInTheDocument()
  expect(pending).toHaveLength(3)
})

test('stop with nothing pending does nothing; stop then another click runs at once', async () => {
  const { work, pending } = deferred()
  const reread = jest.fn(async () => false)
  render(<Full work={work} options={{ ignoreWhilePending: true, reread }} />)
  act(() => full.stop())
  expect(screen.getByText('idle')).toBeInTheDocument()
  expect(reread).not.toHaveBeenCalled()
  act(() => {
    void full.run('a')
  })
  act(() => full.stop())
  act(() => full.stop())
  expect(reread).toHaveBeenCalledTimes(1)
  act(() => {
    void full.run('b')
  })
  expect(screen.getByText('pending [b]')).toBeInTheDocument()
  expect(pending).toHaveLength(2)
})

test('follow: the answer passes through; after Stop waiting it rejects at once and re-reads once it settles', async () => {
  const request = handle<string>()
  let followed: Promise<string> | undefined
  const work = async (ctx: ActionContext<string>) => {
    followed = ctx.follow(request.promise)
    return followed
  }
  const reread = jest.fn(async (_label: string) => false)
  render(<Full work={work} options={{ reread }} />)
  act(() => {
    void full.run('a')
  })
  act(() => full.stop())
  await expect(followed!).rejects.toBeInstanceOf(Cancelled)
  expect(reread).toHaveBeenCalledTimes(1) // the stop's
  await act(async () => request.resolve('applied'))
  expect(reread).toHaveBeenCalledTimes(2)
  expect(reread).toHaveBeenLastCalledWith('a')
  // Not stopped: no re-read, the answer is the run's.
  const answer = handle<string>()
  const passes = async (ctx: ActionContext<string>) => ctx.follow(answer.promise)
  render(<Full work={passes} options={{ reread }} />)
  let outcome: Promise<unknown>
  act(() => {
    outcome = full.run('b')
  })
  await act(async () => answer.resolve('value'))
  await expect(outcome!).resolves.toEqual({ ok: true, value: 'value' })
  expect(reread).toHaveBeenCalledTimes(2)
})

test('a failed request after Stop waiting is re-read as well', async () => {
  const request = handle<string>()
  const work = async (ctx: ActionContext<string>) => ctx.follow(request.promise)
  const reread = jest.fn(async (_label: string) => false)
  render(<Full work={work} options={{ reread }} />)
  act(() => {
    void full.run('a')
  })
  act(() => full.stop())
  await act(async () => request.reject(new Error('late failure')))
  expect(reread).toHaveBeenCalledTimes(2)
})

test('reset goes back to idle and stops a pending run, whose answer is then ignored', async () => {
  const { work, pending } = deferred()
  render(<Full work={work} />)
  act(() => {
    void full.run('a')
  })
  act(() => full.reset())
  expect(pending[0]!.signal.aborted).toBe(true)
  expect(screen.getByText('idle')).toBeInTheDocument()
  await act(async () => pending[0]!.resolve('late'))
  expect(screen.getByText('idle')).toBeInTheDocument()
  // A finished run's state is cleared too.
  act(() => {
    void full.run('b')
  })
  await act(async () => pending[1]!.resolve('ok'))
  act(() => full.reset())
  expect(screen.getByText('idle')).toBeInTheDocument()
})

test('reset after unmount updates nothing', () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  const { work } = deferred()
  const { unmount } = render(<Full work={work} />)
  act(() => {
    void full.run('a')
  })
  unmount()
  full.reset()
  expect(errors).not.toHaveBeenCalled()
  errors.mockRestore()
})

test('work that rejects with Cancelled itself resolves null and shows no error', async () => {
  const work = async () => {
    throw new Cancelled()
  }
  render(<Full work={work} />)
  let outcome: Promise<unknown>
  act(() => {
    outcome = full.run('a')
  })
  await act(async () => undefined)
  await expect(outcome!).resolves.toBeNull()
  expect(screen.queryByText(/error/)).not.toBeInTheDocument()
})

test('unknownWhen decides which failures leave the write unknown', async () => {
  const { work, pending } = deferred()
  const unknownWhen = (e: ApiError) => e.message === 'Bad Gateway'
  const reread = jest.fn(async () => false)
  render(
    <ActionSettingsProvider rereadDelaysMs={[]}>
      <Full work={work} options={{ unknownWhen, reread }} />
    </ActionSettingsProvider>
  )
  let outcome: Promise<unknown>
  act(() => {
    outcome = full.run('a')
  })
  await act(async () => pending[0]!.reject({ status: 502, message: 'Bad Gateway' }))
  expect(screen.getByText('timedOut [a]: Bad Gateway')).toBeInTheDocument()
  await expect(outcome!).resolves.toMatchObject({ ok: false, timedOut: true })
  // A host timeout is then a plain failure.
  act(() => {
    outcome = full.run('b')
  })
  await act(async () => pending[1]!.reject(timeout()))
  expect(screen.getByText('error [b]: Timeout')).toBeInTheDocument()
  await expect(outcome!).resolves.toMatchObject({ ok: false, timedOut: false })
})

test('after a timeout: a re-read now and one after each wait, then it stops asking', async () => {
  const { work, pending } = deferred()
  const reread = jest.fn(async () => false)
  render(
    <ActionSettingsProvider rereadDelaysMs={[1, 1]}>
      <Full work={work} options={{ reread }} />
    </ActionSettingsProvider>
  )
  act(() => {
    void full.run('a')
  })
  await act(async () => pending[0]!.reject(timeout()))
  await waitFor(() => expect(reread).toHaveBeenCalledTimes(3))
  await act(() => sleep(50))
  expect(reread).toHaveBeenCalledTimes(3)
  expect(screen.getByText('timedOut [a]: Timeout')).toBeInTheDocument()
})

test('a re-read that fails, or answers anything but true, does not count as applied', async () => {
  const { work, pending } = deferred()
  const answers = [Promise.reject(new Error('read failed')), Promise.resolve(undefined)]
  const reread = jest.fn(() => answers.shift() ?? Promise.resolve(true))
  render(
    <ActionSettingsProvider rereadDelaysMs={[1, 1]}>
      <Full work={work} options={{ reread }} />
    </ActionSettingsProvider>
  )
  act(() => {
    void full.run('a')
  })
  await act(async () => pending[0]!.reject(timeout()))
  expect(await screen.findByText('timedOut [a]: Timeout (applied)')).toBeInTheDocument()
  expect(reread).toHaveBeenCalledTimes(3)
})

test('without a reread a timeout stays unknown, and Check again does nothing', async () => {
  const { work, pending } = deferred()
  render(
    <ActionSettingsProvider rereadDelaysMs={[1]}>
      <Full work={work} />
    </ActionSettingsProvider>
  )
  act(() => {
    void full.run('a')
  })
  await act(async () => pending[0]!.reject(timeout()))
  act(() => full.recheck())
  await act(() => sleep(20))
  expect(screen.getByText('timedOut [a]: Timeout')).toBeInTheDocument()
})

test('Check again re-reads a timed-out or stopped write only, and shows it applied', async () => {
  const { work, pending } = deferred()
  let applied = false
  const reread = jest.fn(async () => applied)
  render(
    <ActionSettingsProvider rereadDelaysMs={[]}>
      <Full work={work} options={{ reread }} />
    </ActionSettingsProvider>
  )
  act(() => full.recheck())
  expect(reread).not.toHaveBeenCalled()
  act(() => {
    void full.run('a')
  })
  act(() => full.recheck())
  expect(reread).not.toHaveBeenCalled()
  await act(async () => pending[0]!.resolve('ok'))
  act(() => full.recheck())
  act(() => {
    void full.run('b')
  })
  await act(async () => pending[1]!.reject({ message: 'Refused' }))
  act(() => full.recheck())
  expect(reread).not.toHaveBeenCalled()
  // Timed out: the follow-up reads once (no waits given), then Check again reads on demand.
  act(() => {
    void full.run('c')
  })
  await act(async () => pending[2]!.reject(timeout()))
  expect(reread).toHaveBeenCalledTimes(1)
  await act(async () => full.recheck())
  expect(reread).toHaveBeenCalledTimes(2)
  expect(screen.getByText('timedOut [c]: Timeout')).toBeInTheDocument()
  applied = true
  await act(async () => full.recheck())
  expect(reread).toHaveBeenLastCalledWith('c')
  expect(screen.getByText('timedOut [c]: Timeout (applied)')).toBeInTheDocument()
  // Stopped: Check again reads, and the state stays stopped.
  act(() => {
    void full.run('d')
  })
  act(() => full.stop())
  await act(async () => undefined)
  const calls = reread.mock.calls.length
  await act(async () => full.recheck())
  expect(reread).toHaveBeenCalledTimes(calls + 1)
  expect(reread).toHaveBeenLastCalledWith('d')
  expect(screen.getByText('stopped [d]')).toBeInTheDocument()
})

test('a re-read that answers after a newer run timed out does not mark the newer one applied', async () => {
  const { work, pending } = deferred()
  const reads: Array<ReturnType<typeof handle<boolean>>> = []
  const reread = jest.fn(() => {
    const h = handle<boolean>()
    reads.push(h)
    return h.promise
  })
  render(
    <ActionSettingsProvider rereadDelaysMs={[]}>
      <Full work={work} options={{ reread }} />
    </ActionSettingsProvider>
  )
  act(() => {
    void full.run('a')
  })
  await act(async () => pending[0]!.reject(timeout()))
  expect(reads).toHaveLength(1) // a's follow-up read, held
  act(() => {
    void full.run('b')
  })
  await act(async () => pending[1]!.reject(timeout()))
  expect(reads).toHaveLength(2)
  await act(async () => reads[0]!.resolve(true))
  expect(screen.getByText('timedOut [b]: Timeout')).toBeInTheDocument()
  // The same for Check again asked before the newer run.
  await act(async () => full.recheck())
  expect(reads).toHaveLength(3)
  act(() => {
    void full.run('c')
  })
  await act(async () => pending[2]!.reject(timeout()))
  await act(async () => reads[2]!.resolve(true))
  expect(screen.getByText('timedOut [c]: Timeout')).toBeInTheDocument()
  await act(async () => reads[3]!.resolve(true))
  expect(screen.getByText('timedOut [c]: Timeout (applied)')).toBeInTheDocument()
})

test('a stopped request that settles after a newer click, or after unmount, is not re-read', async () => {
  const requests: Array<ReturnType<typeof handle<string>>> = []
  const work = async (ctx: ActionContext<string>) => {
    const h = handle<string>()
    requests.push(h)
    return ctx.follow(h.promise)
  }
  const reread = jest.fn(async (_label: string) => false)
  const { unmount } = render(<Full work={work} options={{ reread }} />)
  act(() => {
    void full.run('a')
  })
  act(() => full.stop())
  expect(reread).toHaveBeenCalledTimes(1)
  act(() => {
    void full.run('b')
  })
  await act(async () => requests[0]!.resolve('late'))
  expect(reread).toHaveBeenCalledTimes(1)
  act(() => full.stop())
  expect(reread).toHaveBeenCalledTimes(2)
  unmount()
  await act(async () => requests[1]!.resolve('late'))
  expect(reread).toHaveBeenCalledTimes(2)
})

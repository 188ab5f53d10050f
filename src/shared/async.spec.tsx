import React from 'react'
import { act, render, screen } from '@testing-library/react'
import { ApiError } from '../looker'
import { Refreshable, useRefreshable } from './async'

/** A load whose answers the test hands out one by one. */
function deferredLoads() {
  const pending: Array<{ resolve(v: string): void; reject(e: unknown): void }> = []
  const load = () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject }))
  return { load, pending }
}

let controls: Refreshable<string>
function Probe({ load, k }: { load: () => Promise<string>; k: string }) {
  controls = useRefreshable(load, k)
  const { state } = controls
  return <p>{state.status === 'success' ? state.value : state.status}</p>
}

test('refresh keeps the value on screen until the new answer lands', async () => {
  const { load, pending } = deferredLoads()
  render(<Probe load={load} k="a" />)
  expect(screen.getByText('loading')).toBeInTheDocument()
  await act(async () => pending[0]!.resolve('first'))
  expect(screen.getByText('first')).toBeInTheDocument()
  let done: Promise<unknown>
  act(() => {
    done = controls.refresh()
  })
  expect(screen.getByText('first')).toBeInTheDocument()
  await act(async () => {
    pending[1]!.resolve('second')
    await done
  })
  expect(screen.getByText('second')).toBeInTheDocument()
})

test('reload shows loading; an older answer never replaces a newer one', async () => {
  const { load, pending } = deferredLoads()
  const { rerender } = render(<Probe load={load} k="a" />)
  rerender(<Probe load={load} k="b" />)
  await act(async () => pending[1]!.resolve('from b'))
  await act(async () => pending[0]!.resolve('from a'))
  expect(screen.getByText('from b')).toBeInTheDocument()
  act(() => controls.reload())
  expect(screen.getByText('loading')).toBeInTheDocument()
  await act(async () => pending[2]!.reject(new ApiError('nope', 'unexpected')))
  expect(screen.getByText('error')).toBeInTheDocument()
  // Retry again, as many times as it takes.
  act(() => controls.reload())
  expect(screen.getByText('loading')).toBeInTheDocument()
  await act(async () => pending[3]!.resolve('at last'))
  expect(screen.getByText('at last')).toBeInTheDocument()
})

test('an older read failing after a newer one landed does not replace it', async () => {
  const { load, pending } = deferredLoads()
  const { rerender } = render(<Probe load={load} k="a" />)
  rerender(<Probe load={load} k="b" />)
  await act(async () => pending[1]!.resolve('from b'))
  await act(async () => pending[0]!.reject(new ApiError('too late', 'unexpected')))
  expect(screen.getByText('from b')).toBeInTheDocument()
})

test('an answer or a failure after unmount is dropped without a React warning', async () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  const { load, pending } = deferredLoads()
  const { unmount } = render(<Probe load={load} k="a" />)
  let done: Promise<unknown>
  act(() => {
    done = controls.refresh()
  })
  unmount()
  await act(async () => {
    pending[0]!.resolve('late')
    pending[1]!.reject(new ApiError('later', 'unexpected'))
    await done
  })
  expect(errors).not.toHaveBeenCalled()
  errors.mockRestore()
})

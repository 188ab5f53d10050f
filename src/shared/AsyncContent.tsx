import React, { ReactNode } from 'react'
import { Space, Spinner, Span } from '@looker/components'
import type { Async } from './async'
import { ApiErrorMessage } from './ApiErrorMessage'

/** A labelled spinner, used wherever something loads. */
export function Loading({ label }: { label: string }) {
  return (
    <Space gap="xsmall" role="status" aria-label={label}>
      <Spinner size={18} aria-hidden />
      <Span color="text2">{label}</Span>
    </Space>
  )
}

interface Props<T> {
  state: Async<T>
  /** Shown beside the spinner and announced, e.g. "Loading projects". */
  loadingLabel: string
  errorTitle: string
  onRetry?: () => void
  children: (value: T) => ReactNode
}

/** Renders every case of an async read: loading, error (with Retry), or the value. */
export function AsyncContent<T>({ state, loadingLabel, errorTitle, onRetry, children }: Props<T>) {
  switch (state.status) {
    case 'loading':
      return <Loading label={loadingLabel} />
    case 'error':
      return <ApiErrorMessage error={state.error} title={errorTitle} onRetry={onRetry} />
    case 'success':
      return <>{children(state.value)}</>
  }
}

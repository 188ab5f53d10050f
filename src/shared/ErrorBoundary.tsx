import React, { Component, ErrorInfo, ReactNode } from 'react'

interface Props {
  /** Reports the crash to the host (Looker records it as an extension error event). */
  onError: (error: Error, info: ErrorInfo) => void
  children: ReactNode
}

interface State {
  error: Error | null
}

/** Root boundary: a crash shows a plain fallback instead of a blank frame, and is reported. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    this.props.onError(error, info)
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div role="alert" style={{ padding: 24, fontFamily: 'sans-serif' }}>
        <h1 style={{ fontSize: 18 }}>Workspace Switcher stopped working</h1>
        <p>Something went wrong in the extension: {error.message}</p>
        <p>Reload the page to start again. The error was reported to Looker.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    )
  }
}

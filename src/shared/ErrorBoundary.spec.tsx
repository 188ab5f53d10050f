import React from 'react'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ErrorBoundary } from './ErrorBoundary'

function Crash({ when }: { when: boolean }): JSX.Element {
  if (when) throw new Error('The projects table broke')
  return <p>All good</p>
}

test('a crash shows a plain fallback and is reported to the host', async () => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined) // React logs caught errors
  const reported: Error[] = []
  let crash = true
  const { rerender } = render(
    <ErrorBoundary onError={(e) => reported.push(e)}>
      <Crash when={crash} />
    </ErrorBoundary>
  )
  expect(screen.getByRole('alert')).toHaveTextContent(
    'Workspace Switcher stopped working' +
      'Something went wrong in the extension: The projects table broke'
  )
  expect(reported.map((e) => e.message)).toEqual(['The projects table broke'])

  crash = false
  rerender(
    <ErrorBoundary onError={(e) => reported.push(e)}>
      <Crash when={crash} />
    </ErrorBoundary>
  )
  await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }))
  expect(screen.getByText('All good')).toBeInTheDocument()
})

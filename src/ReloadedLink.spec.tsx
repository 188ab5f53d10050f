import React from 'react'
import { render, screen } from '@testing-library/react'
import { useLocation } from 'react-router-dom'
import { AppRouter } from './AppRouter'

function Where() {
  return <p aria-label="Path">{useLocation().pathname}</p>
}

// The route the app reports is what the host keeps and hands back on a reload: a link written
// with "%25" (the usual escape of "%") must come back as the same page, not as a malformed link.
test.each(['/projects/100%25_pure', '/projects/a%2541b', '/projects/x%2Fy%2525', '/projects/ünï'])(
  'a link written as %s reloads as the same page',
  (link) => {
    const reported: string[] = []
    const { unmount } = render(
      <AppRouter initialRoute={link} onRouteChange={(route) => reported.push(route)}>
        <Where />
      </AppRouter>
    )
    const opened = screen.getByLabelText('Path').textContent
    expect(opened).not.toBe('/malformed-link')
    unmount()
    render(
      <AppRouter initialRoute={reported[reported.length - 1]!}>
        <Where />
      </AppRouter>
    )
    expect(screen.getByLabelText('Path')).toHaveTextContent(opened!)
  }
)

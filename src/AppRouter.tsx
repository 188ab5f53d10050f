import React, { ReactNode, useEffect, useState } from 'react'
import { MemoryRouter, useHistory, useLocation } from 'react-router-dom'
import type { LocationDescriptorObject } from 'history'
import { isWellFormedRoute, MALFORMED_LINK_PATH, reportedRoute } from './shared/routes'

/** A route from Looker, or the malformed-link page when its path would not decode. */
export function entryFor(route: string): string | LocationDescriptorObject<{ link: string }> {
  return isWellFormedRoute(route)
    ? route
    : { pathname: MALFORMED_LINK_PATH, state: { link: route } }
}

function HostRouteSync({
  hostRoute,
  onRouteChange,
}: {
  hostRoute: string | null
  onRouteChange?(route: string, state?: unknown): void
}) {
  const history = useHistory()
  const location = useLocation()
  useEffect(() => {
    onRouteChange?.(reportedRoute(location.pathname, location.search), location.state)
  }, [location, onRouteChange])
  useEffect(() => {
    if (hostRoute) history.push(entryFor(hostRoute))
  }, [hostRoute, history])
  return null
}

/**
 * The extension's router, in place of the one ExtensionProvider40 would build: that one throws
 * URIError before anything renders when the route Looker hands over has a bad percent escape.
 * Here such a route opens a page that says so. The route is reported to the host on every change
 * (so reloads and shared links work) and routes the host changes (back, forward) are followed.
 */
export function AppRouter({
  initialRoute,
  hostRoute = null,
  onRouteChange,
  children,
}: {
  initialRoute: string
  /** The route the host last asked for (back/forward in Looker). */
  hostRoute?: string | null
  onRouteChange?(route: string, state?: unknown): void
  children: ReactNode
}) {
  const [entries] = useState(() => [entryFor(initialRoute)])
  return (
    <MemoryRouter initialEntries={entries}>
      <HostRouteSync hostRoute={hostRoute} onRouteChange={onRouteChange} />
      {children}
    </MemoryRouter>
  )
}

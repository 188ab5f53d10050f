import React from 'react'
import { Box, Heading } from '@looker/components'
import { Route, Switch } from 'react-router-dom'
import type { LookerApi } from './looker'
import { ApiProvider } from './state/api'
import { WorkspaceProvider } from './state/workspace'
import { WorkspaceBar } from './features/workspace'
import { HomePage } from './pages/HomePage'
import { NotFoundPage } from './pages/NotFoundPage'

/**
 * Everything below the providers that need Looker: the workspace bar on every page and the
 * routes. Tests render this with an api built over the fake host; the app renders it from App.
 */
export function AppShell({ api }: { api: LookerApi }) {
  return (
    <ApiProvider api={api}>
      <WorkspaceProvider>
        <Box as="header" px="medium" pt="medium">
          <Heading as="h1" fontSize="xlarge">
            Workspace Switcher
          </Heading>
        </Box>
        <WorkspaceBar />
        <Box as="main" p="medium">
          <Switch>
            <Route exact path="/">
              <HomePage />
            </Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </Box>
      </WorkspaceProvider>
    </ApiProvider>
  )
}

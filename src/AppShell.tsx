import React from 'react'
import { Box, Heading, Space } from '@looker/components'
import { NavLink, Route, Switch } from 'react-router-dom'
import type { HostAdapter, LookerApi } from './looker'
import { ApiProvider } from './state/api'
import { HostProvider } from './state/host'
import { WorkspaceProvider } from './state/workspace'
import { WorkspaceBar } from './features/workspace'
import { ExternalLinkOpener } from './shared/ExternalLink'
import { NotFoundPage } from './pages/NotFoundPage'
import { ProjectPage } from './pages/ProjectPage'
import { ProjectsPage } from './pages/ProjectsPage'
import { QueryPage } from './pages/QueryPage'
import { ShipPage } from './pages/ShipPage'

/**
 * Everything below the providers that need Looker: the workspace bar on every page and the
 * routes. Tests render this with an api built over the fake host and an in-memory host adapter;
 * the app renders it from App with the real ones.
 */
export function AppShell({ api, host }: { api: LookerApi; host: HostAdapter }) {
  return (
    <ApiProvider api={api}>
      <HostProvider host={host}>
        <ExternalLinkOpener open={host.openWindow}>
          <WorkspaceProvider>
            <Box as="header" px="medium" pt="medium">
              <Space between>
                <Heading as="h1" fontSize="xlarge">
                  Workspace Switcher
                </Heading>
                <Space as="nav" aria-label="Pages" gap="medium" width="auto">
                  <NavLink exact to="/">
                    Projects
                  </NavLink>
                  <NavLink to="/query">Test query</NavLink>
                </Space>
              </Space>
            </Box>
            <WorkspaceBar />
            <Box as="main" p="medium">
              <Switch>
                <Route exact path="/">
                  <ProjectsPage />
                </Route>
                <Route path="/projects/:projectId/ship">
                  <ShipPage />
                </Route>
                <Route path="/projects/:projectId">
                  <ProjectPage />
                </Route>
                <Route path="/query">
                  <QueryPage />
                </Route>
                <Route>
                  <NotFoundPage />
                </Route>
              </Switch>
            </Box>
          </WorkspaceProvider>
        </ExternalLinkOpener>
      </HostProvider>
    </ApiProvider>
  )
}

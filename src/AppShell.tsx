import React, { useState } from 'react'
import { Box, Heading, Space } from '@looker/components'
import { NavLink, Route, Switch } from 'react-router-dom'
import type { LookerApi } from './looker'
import { ApiProvider } from './state/api'
import { HostAdapter, HostProvider, memoryHost } from './state/host'
import { WorkspaceProvider } from './state/workspace'
import { WorkspaceBar } from './features/workspace'
import { NotFoundPage } from './pages/NotFoundPage'
import { ProjectPage } from './pages/ProjectPage'
import { ProjectsPage } from './pages/ProjectsPage'
import { QueryPage } from './pages/QueryPage'

/**
 * Everything below the providers that need Looker: the workspace bar on every page and the
 * routes. Tests render this with an api built over the fake host; the app renders it from App.
 */
export function AppShell({ api, host }: { api: LookerApi; host?: HostAdapter }) {
  // Outside Looker (tests) storage and navigation stay in memory.
  const [fallbackHost] = useState(memoryHost)
  return (
    <ApiProvider api={api}>
      <HostProvider host={host ?? fallbackHost}>
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
      </HostProvider>
    </ApiProvider>
  )
}

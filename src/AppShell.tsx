import React from 'react'
import { Box, Heading, Space } from '@looker/components'
import { Route, Switch } from 'react-router-dom'
import { AppProviders, type AppProviderProps } from './AppProviders'
import { PutBackBanner, WorkspaceBar } from './features/workspace'
import { MALFORMED_LINK_PATH } from './shared/routes'
import { MalformedLinkPage } from './pages/MalformedLinkPage'
import { PageNav } from './PageNav'
import { About } from './About'
import { GitHealthPage } from './pages/GitHealthPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { ProjectPage } from './pages/ProjectPage'
import { ProjectsPage } from './pages/ProjectsPage'
import { QueryPage } from './pages/QueryPage'
import { SavedDataPage } from './pages/SavedDataPage'
import { ContentPage } from './pages/ContentPage'
import { ShipPage } from './pages/ShipPage'

/**
 * Everything below the providers that need Looker: the workspace bar on every page and the
 * routes. Tests render this with an api built over the fake host and an in-memory host adapter;
 * the app renders it from App with the real ones.
 */
export function AppShell(props: AppProviderProps) {
  return (
    <AppProviders {...props}>
      <Box as="header" px="medium" pt="medium">
        <Space between>
          <Heading as="h1" fontSize="xlarge">
            Workspace Switcher
          </Heading>
          <PageNav />
        </Space>
      </Box>
      <WorkspaceBar />
      <PutBackBanner />
      <Box as="main" p="medium">
        <Switch>
          <Route exact path="/">
            <ProjectsPage />
          </Route>
          <Route path="/projects/:projectId/content">
            <ContentPage />
          </Route>
          <Route path="/projects/:projectId/ship">
            <ShipPage />
          </Route>
          <Route path="/projects/:projectId">
            <ProjectPage />
          </Route>
          <Route path="/git">
            <GitHealthPage />
          </Route>
          <Route path="/query">
            <QueryPage />
          </Route>
          <Route path="/saved-data">
            <SavedDataPage />
          </Route>
          <Route path={MALFORMED_LINK_PATH}>
            <MalformedLinkPage />
          </Route>
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </Box>
      <About />
    </AppProviders>
  )
}

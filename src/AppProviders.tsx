import React, { type ReactNode } from 'react'
import type { HostAdapter, LookerApi } from './looker'
import { ApiProvider } from './state/api'
import { HostProvider } from './state/host'
import { WorkspaceProvider } from './state/workspace'
import { PutBackProvider } from './state/putBack'
import { ExternalLinkOpener } from './shared/ExternalLink'
import { LookerNavigator } from './shared/LookerLink'
import { ActionSettingsProvider } from './shared/useAction'

export interface AppProviderProps {
  api: LookerApi
  host: HostAdapter
  /** Waits between put-back attempts after a comparison (tests use short ones). */
  putBackDelaysMs?: readonly number[]
  /** Waits between re-reads after Looker did not answer a write in time (tests use short ones). */
  rereadDelaysMs?: readonly number[]
  /** How long a deploy whose answer was lost is given to apply (tests use short or long ones). */
  settleMs?: number
}

/**
 * The providers every page needs, in the order they depend on each other: the api, the host
 * (storage, navigation, windows), write settings, the workspace and the put-back after a visit.
 * AppShell wraps the pages in them; specs that render one component wrap it the same way.
 */
export function AppProviders({
  api,
  host,
  putBackDelaysMs,
  rereadDelaysMs,
  settleMs,
  children,
}: AppProviderProps & { children: ReactNode }) {
  return (
    <ApiProvider api={api}>
      <HostProvider host={host}>
        <ExternalLinkOpener open={host.openWindow}>
          <LookerNavigator navigate={host.navigate}>
            <ActionSettingsProvider rereadDelaysMs={rereadDelaysMs} settleMs={settleMs}>
              <WorkspaceProvider>
                <PutBackProvider delaysMs={putBackDelaysMs}>{children}</PutBackProvider>
              </WorkspaceProvider>
            </ActionSettingsProvider>
          </LookerNavigator>
        </ExternalLinkOpener>
      </HostProvider>
    </ApiProvider>
  )
}

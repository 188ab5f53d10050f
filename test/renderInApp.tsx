/**
 * Renders one component (or a probe of hooks) inside the providers AppShell gives every page
 * (theme, router, api, host, links, write settings, workspace, put-back), over the real SDK, the
 * jest host and a fake Looker (apiOverFake.ts). For the whole app use `renderApp`.
 * Keep the providers in the order AppShell nests them.
 */
import React, { type ReactElement } from 'react'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ComponentsProvider } from '@looker/components'
import { AppRouter } from '../src/AppRouter'
import { ExternalLinkOpener } from '../src/shared/ExternalLink'
import { LookerNavigator } from '../src/shared/LookerLink'
import { ActionSettingsProvider } from '../src/shared/useAction'
import { ApiProvider } from '../src/state/api'
import { HostProvider } from '../src/state/host'
import { PutBackProvider } from '../src/state/putBack'
import { WorkspaceProvider } from '../src/state/workspace'
import { apiOverFake, type ApiOverFake, type ApiOverFakeOptions } from './apiOverFake'
import { memoryHost, type MemoryHost } from './memoryHost'

export interface RenderInAppOptions extends ApiOverFakeOptions {
  /** An api over a fake Looker already set up (several renders over one); a fresh one by default. */
  over?: ApiOverFake
  route?: string
  /** Extension local storage and navigation; in memory by default (`memoryHost()`). */
  host?: MemoryHost
  /** Waits between put-back attempts after a comparison (short by default, as in renderApp). */
  putBackDelaysMs?: readonly number[]
  /** Waits between re-reads after a write Looker did not answer in time (as in renderApp). */
  rereadDelaysMs?: readonly number[]
  /** How long a deploy whose answer was lost is given to apply (the app's default otherwise). */
  settleMs?: number
}

export async function renderInApp(ui: ReactElement, options: RenderInAppOptions = {}) {
  const over = options.over ?? (await apiOverFake(options))
  const host = options.host ?? memoryHost()
  const user = userEvent.setup()
  const view = render(
    <ComponentsProvider>
      <AppRouter initialRoute={options.route ?? '/'}>
        <ApiProvider api={over.api}>
          <HostProvider host={host}>
            <ExternalLinkOpener open={host.openWindow}>
              <LookerNavigator navigate={host.navigate}>
                <ActionSettingsProvider
                  rereadDelaysMs={options.rereadDelaysMs ?? [20, 50, 100]}
                  settleMs={options.settleMs}
                >
                  <WorkspaceProvider>
                    <PutBackProvider delaysMs={options.putBackDelaysMs ?? [1, 1, 1]}>
                      {ui}
                    </PutBackProvider>
                  </WorkspaceProvider>
                </ActionSettingsProvider>
              </LookerNavigator>
            </ExternalLinkOpener>
          </HostProvider>
        </ApiProvider>
      </AppRouter>
    </ComponentsProvider>
  )
  return {
    ...view,
    looker: over.looker,
    api: over.api,
    calls: over.calls,
    user,
    /** The host adapter the components see (storage, navigation, opened windows). */
    host,
    /** Closes the fake Looker if this render made it. */
    cleanup: options.over ? async () => undefined : over.cleanup,
  }
}

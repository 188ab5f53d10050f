/**
 * Renders one component (or a probe of hooks) inside the providers AppShell gives every page
 * (theme, router, api, host, links, write settings, workspace, put-back), over the real SDK, the
 * jest host and a fake Looker (apiOverFake.ts). For the whole app use `renderApp`.
 * The providers are AppShell's own (src/AppProviders.tsx).
 */
import React, { type ReactElement } from 'react'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ComponentsProvider } from '@looker/components'
import { AppProviders } from '../src/AppProviders'
import { AppRouter } from '../src/AppRouter'
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
        <AppProviders
          api={over.api}
          host={host}
          rereadDelaysMs={options.rereadDelaysMs ?? [20, 50, 100]}
          settleMs={options.settleMs}
          putBackDelaysMs={options.putBackDelaysMs ?? [1, 1, 1]}
        >
          {ui}
        </AppProviders>
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

/**
 * Renders the real app shell over the real Looker40SDK, the jest host (the emulator's request
 * handling) and a fake Looker (one session per user, as inside Looker). Tests assert what a person
 * sees. `fakeLooker()` is the one place specs get a fake Looker from.
 */
import React from 'react'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ComponentsProvider } from '@looker/components'
import type { FakeLookerCore } from '../dev/fake-looker'
import type { FakeLooker, WorkspaceId } from '../dev/fake-looker/types'
import { AppShell } from '../src/AppShell'
import { AppRouter } from '../src/AppRouter'
import { apiOverFake } from './apiOverFake'
import type { FakeLookerSetup } from './fakeLooker'
import { MemoryHost, memoryHost } from './memoryHost'

export type { FakeLooker, FakeLookerSetup } from './fakeLooker'
export { clientFor, enter, fakeLooker } from './fakeLooker'

export interface RenderAppOptions extends FakeLookerSetup {
  /** The signed-in user: 'ada' (default, develops), 'grace' (no deploy) or 'vic' (views only). */
  user?: string
  /** The user's Looker session before the app loads (what another tab left); production by default. */
  workspace?: WorkspaceId
  route?: string
  manifest?: string
  /** An existing fake Looker (several renders over one Looker); a fresh one by default. */
  looker?: FakeLooker | FakeLookerCore
  /** Hooks or faults to set on the fake Looker before the app mounts. */
  beforeMount?(looker: FakeLookerCore): void
  /** Extension local storage and navigation; in memory by default (`memoryHost()`). */
  host?: MemoryHost
  /** The host's message timeout (see createFakeHost); none by default. */
  messageTimeoutMs?: number
  /** How long a deploy whose answer was lost is given to apply (the app's default otherwise). */
  settleMs?: number
}

export async function renderApp(options: RenderAppOptions = {}) {
  const { looker, api, calls } = await apiOverFake({
    ...options,
    looker: options.looker as FakeLookerCore | undefined,
  })
  options.beforeMount?.(looker)
  const host = options.host ?? memoryHost()
  const user = userEvent.setup()
  const view = render(
    <ComponentsProvider>
      <AppRouter initialRoute={options.route ?? '/'}>
        <AppShell
          api={api}
          host={host}
          putBackDelaysMs={[1, 1, 1]}
          rereadDelaysMs={[20, 50, 100]}
          settleMs={options.settleMs}
        />
      </AppRouter>
    </ComponentsProvider>
  )
  return { ...view, looker, user, calls, host }
}

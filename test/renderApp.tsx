/**
 * Renders the real app shell over the real Looker40SDK, a fake host and a fake Looker (demo seed,
 * one session per user as inside Looker). Tests assert what a person sees.
 */
import React from 'react'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ComponentsProvider } from '@looker/components'
import { createFakeLooker } from '../dev/fake-looker'
import type { FakeLooker, FakeLookerOptions } from '../dev/fake-looker/types'
import { createLookerApi } from '../src/looker'
import { AppShell } from '../src/AppShell'
import { AppRouter } from '../src/AppRouter'
import { createFakeHost } from './fakeHost'
import { MemoryHost, memoryHost } from './memoryHost'

export interface RenderAppOptions {
  user?: string
  route?: string
  manifest?: string
  looker?: FakeLooker
  lookerOptions?: FakeLookerOptions
  /** Extension local storage and navigation; in memory by default (`memoryHost()`). */
  host?: MemoryHost
}

export async function renderApp(options: RenderAppOptions = {}) {
  const looker =
    options.looker ??
    (await createFakeLooker({ seed: 'demo', sessionMode: 'ui', ...options.lookerOptions }))
  const { sdk, calls } = createFakeHost({
    looker,
    user: options.user ?? 'ada',
    manifest: options.manifest,
  })
  const api = createLookerApi(sdk)
  const host = options.host ?? memoryHost()
  const user = userEvent.setup()
  const view = render(
    <ComponentsProvider>
      <AppRouter initialRoute={options.route ?? '/'}>
        <AppShell api={api} host={host} putBackDelaysMs={[1, 1, 1]} />
      </AppRouter>
    </ComponentsProvider>
  )
  return { ...view, looker, user, calls, host }
}

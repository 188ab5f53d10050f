/**
 * The app's LookerApi over the real Looker40SDK, the jest host (fakeHost.ts: the emulator's request
 * handling) and a fake Looker, without React: the set-up of every spec that calls the api, and the
 * one `renderApp` and `renderInApp` build on. Loads fast and runs in jest's node environment
 * (`npm run mutate`). To change what Looker answers, use the fake's hooks (`looker.intercept`,
 * `hold`, `answer`, `fail`, `addFault`), never a replaced `looker.handle`.
 */
import type { WorkspaceId } from '../dev/fake-looker/types'
import { createLookerApi } from '../src/looker/api'
import { createFakeHost } from './fakeHost'
import { fakeLooker, type FakeLooker, type FakeLookerSetup } from './fakeLooker'

export interface ApiOverFakeOptions extends FakeLookerSetup {
  /** An existing fake Looker (several users or renders over one Looker); a fresh one by default. */
  looker?: FakeLooker
  /** The signed-in user: 'ada' (default, develops), 'grace' (no deploy), 'vic' (views only). */
  user?: string
  /** The user's Looker session before the first call (what another tab left); as seeded by default. */
  workspace?: WorkspaceId
  /** manifest.lkml text; the repository's manifest by default. */
  manifest?: string
  /** The host's message timeout (see createFakeHost); none by default. */
  messageTimeoutMs?: number
}

export async function apiOverFake(options: ApiOverFakeOptions = {}) {
  const looker = options.looker ?? (await fakeLooker(options))
  const user = options.user ?? 'ada'
  if (options.workspace) looker.setUserWorkspace(user, options.workspace)
  const { host, sdk, calls } = createFakeHost({
    looker,
    user,
    manifest: options.manifest,
    messageTimeoutMs: options.messageTimeoutMs,
  })
  return {
    looker,
    /** The app's api over `sdk`, as App builds it from ExtensionProvider40's coreSDK. */
    api: createLookerApi(sdk),
    /** The real Looker40SDK the extension would get from ExtensionProvider40. */
    sdk,
    /** The fake extension host under `sdk` (its `invokeCoreSdk`). */
    host,
    /** SDK method names the app called, in order. */
    calls,
    /** Closes the fake Looker if this call made it (not one passed in as `looker`). */
    cleanup: async () => {
      if (!options.looker) await looker.close()
    },
  }
}

export type ApiOverFake = Awaited<ReturnType<typeof apiOverFake>>

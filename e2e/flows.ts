/**
 * The browser flows: the built bundle in headless Chromium inside the host emulator, over the fake
 * Looker. Each flow gets a fresh browser context (so a fresh user cookie) and ada in production.
 */
import { setTimeout as sleep } from 'timers/promises'
import type { Page } from 'playwright-core'
import type { HostEmulator, HostEmulatorOptions } from '../dev/host'
import { withoutMethod } from '../dev/host/manifest'
import { readFileSync } from 'fs'
import path from 'path'
import {
  devModeSwitch,
  extension,
  lookerUiIndicator,
  openFromApplicationsMenu,
  workspaceBadge,
} from './app'
import { contentFlow } from './content.flow'
import { credentialsFlow } from './credentials.flow'
import { marketplaceFlows, savedDataFlow } from './marketplace.flow'
import { gitRecordedFlow } from './gitRecorded.flow'
import { layoutFlows } from './layout.flow'
import { gitDiagnoseFlow, gitHealthFlow } from './gitHealth.flow'
import { inputsFlows } from './inputs.flow'
import { projectsFlow, resetRefusalKeptFlow } from './projects.flow'
import { expectChecked, expectContains, expectText, TIMEOUT_MS } from './expect'
import { bigResultFlow, queriesAsRecordedFlow, queriesFlow } from './queries.flow'
import { screenshotsFlow } from './screenshots.flow'
import { shipFlows } from './ship.flow'
import { uiLookalikeFlow } from './uiLookalike.flow'
import { versionFlows } from './versions.flow'

export interface FlowContext {
  page: Page
  emulator: HostEmulator
}

export interface Flow {
  name: string
  /** Options for a dedicated emulator; without them the flow shares the default one. */
  emulator?: HostEmulatorOptions
  /** The flow ends on a Looker page outside the extension; it checks accessibility itself before. */
  endsOutsideExtension?: boolean
  run(ctx: FlowContext): Promise<void>
}

const manifest = readFileSync(path.join(__dirname, '..', 'manifest.lkml'), 'utf8')

/** Waits until the host recorded a `type` event whose payload matches. */
async function waitForEvent(
  emulator: HostEmulator,
  type: string,
  matches: (payload: unknown) => boolean
): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS
  while (Date.now() < deadline) {
    if (emulator.events.some((e) => e.type === type && !e.refused && matches(e.payload))) return
    await sleep(100)
  }
  throw new Error(`The host recorded no ${type} event as expected`)
}

/** What the fake Looker says when `user` asks for Development Mode (to compare with the screen). */
async function refusalFromLooker(fakeLookerUrl: string, user: string): Promise<string> {
  const login = await fetch(`${fakeLookerUrl}/__fake/login-as/${user}`, { method: 'POST' })
  const { access_token } = (await login.json()) as { access_token: string }
  const res = await fetch(`${fakeLookerUrl}/api/4.0/session`, {
    method: 'PATCH',
    headers: { authorization: `token ${access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ workspace_id: 'dev' }),
  })
  if (res.ok) throw new Error(`the fake Looker let ${user} into Development Mode`)
  return ((await res.json()) as { message: string }).message
}

export const flows: Flow[] = [
  {
    name: 'open-from-applications-menu',
    async run({ page, emulator }) {
      await page.goto(emulator.url)
      await openFromApplicationsMenu(page, 'Workspace Switcher')
      await extension(page).getByRole('heading', { name: 'Workspace Switcher' }).waitFor()
      await expectText(workspaceBadge(page), 'Production')
      await expectChecked(devModeSwitch(page), false)
      await expectText(lookerUiIndicator(page), 'Development Mode: OFF')
    },
  },
  {
    name: 'switch-to-development-mode-and-reload',
    async run({ page, emulator }) {
      await page.goto(emulator.extensionUrl('/'))
      await expectText(workspaceBadge(page), 'Production')
      await devModeSwitch(page).click()
      await expectText(workspaceBadge(page), 'Development')
      await expectChecked(devModeSwitch(page), true)
      await expectText(lookerUiIndicator(page), 'Development Mode: ON')
      await page.reload()
      await expectText(workspaceBadge(page), 'Development')
      await expectChecked(devModeSwitch(page), true)
      await expectText(lookerUiIndicator(page), 'Development Mode: ON')
    },
  },
  {
    name: 'viewer-sees-the-workspace-read-only',
    async run({ page, emulator }) {
      await refusalFromLooker(emulator.fakeLookerUrl!, 'vic')
      await page.goto(`${emulator.url}/?user=vic`)
      await openFromApplicationsMenu(page, 'Workspace Switcher')
      await expectText(workspaceBadge(page), 'Production')
      // Looker would refuse: the reason is said once, and there is no switch to flip.
      await expectContains(
        extension(page).getByRole('region', { name: 'Workspace' }),
        'Read-only: your Looker roles do not include the "develop" permission'
      )
      const switches = await devModeSwitch(page).count()
      if (switches !== 0) throw new Error('a viewer was offered the Development Mode switch')
    },
  },
  {
    name: 'viewer-is-refused-development-mode',
    // Roles unreadable (a dedicated Looker, so the fault stays here): the switch is offered.
    emulator: {},
    async run({ page, emulator }) {
      emulator.looker!.addFault({
        operation: 'user_roles',
        status: 500,
        message: 'Roles unavailable',
      })
      const message = await refusalFromLooker(emulator.fakeLookerUrl!, 'vic')
      await page.goto(`${emulator.url}/?user=vic`)
      await openFromApplicationsMenu(page, 'Workspace Switcher')
      await expectText(workspaceBadge(page), 'Production')
      await devModeSwitch(page).click()
      await expectContains(
        extension(page).getByRole('alert').filter({ hasText: 'refused' }),
        message
      )
      await expectChecked(devModeSwitch(page), false)
      await expectText(workspaceBadge(page), 'Production')
      await expectText(lookerUiIndicator(page), 'Development Mode: OFF')
      // The sandboxed frame cannot open windows: the documentation link asks the host, which
      // checks new_window_external_urls (a refusal would fail the flow).
      await extension(page)
        .getByRole('link', { name: /Looker documentation \(HTTP 403\)/ })
        .click()
      await waitForEvent(emulator, 'UPDATE_LOCATION', (payload) =>
        String((payload as { url?: string }).url).startsWith(
          'https://cloud.google.com/looker/docs/r/err/4.0/403/'
        )
      )
    },
  },
  {
    name: 'method-missing-from-manifest-is-refused',
    emulator: { manifestText: withoutMethod(manifest, 'update_session') },
    async run({ page, emulator }) {
      await page.goto(emulator.extensionUrl('/'))
      await expectText(workspaceBadge(page), 'Production')
      await devModeSwitch(page).click()
      await expectContains(
        extension(page).getByRole('alert'),
        'Extension not entitled to use api method update_session'
      )
      await expectChecked(devModeSwitch(page), false)
      await expectText(lookerUiIndicator(page), 'Development Mode: OFF')
    },
  },
  {
    name: 'deep-link-reaches-the-extension-route',
    async run({ page, emulator }) {
      await page.goto(emulator.extensionUrl('/no-such-page'))
      await expectContains(extension(page).getByRole('alert'), 'There is no page at /no-such-page')
      await expectText(workspaceBadge(page), 'Production')
    },
  },
  {
    name: 'malformed-deep-link-says-so',
    async run({ page, emulator }) {
      await page.goto(emulator.extensionUrl('/projects/%E0%A4%A'))
      const frame = extension(page)
      await expectContains(frame.getByRole('alert'), 'This link is malformed: /projects/%E0%A4%A')
      await frame.getByRole('link', { name: 'Go to the projects page' }).click()
      await frame.getByRole('table', { name: /projects/i }).waitFor({ timeout: TIMEOUT_MS })
    },
  },
  {
    name: 'extension-reloading-itself-is-started-again',
    async run({ page, emulator }) {
      await page.goto(emulator.extensionUrl('/'))
      await expectText(workspaceBadge(page), 'Production')
      const frame = page.frames().find((f) => f !== page.mainFrame())!
      // Reload after evaluate returns: the host removes the old frame as soon as it unloads.
      await frame.evaluate(() => void setTimeout(() => window.location.reload(), 0))
      await page.waitForFunction(
        () => window.__hostEvents.filter((e) => e.type === 'INITIALIZED').length === 2,
        undefined,
        { timeout: TIMEOUT_MS }
      )
      await expectText(workspaceBadge(page), 'Production')
      await devModeSwitch(page).click()
      await expectText(workspaceBadge(page), 'Development')
    },
  },
  queriesFlow,
  queriesAsRecordedFlow,
  bigResultFlow,
  projectsFlow,
  gitRecordedFlow,
  gitHealthFlow,
  gitDiagnoseFlow,
  resetRefusalKeptFlow,
  ...shipFlows,
  contentFlow,
  screenshotsFlow,
  ...versionFlows,
  ...layoutFlows,
  ...inputsFlows,
  credentialsFlow,
  ...marketplaceFlows,
  savedDataFlow,
  uiLookalikeFlow,
]

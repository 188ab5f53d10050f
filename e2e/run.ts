/**
 * Runs the browser flows one after another in one Chromium: a fresh context per flow, a
 * screenshot of any failing flow, and a failure for any extension error the host recorded.
 */
import { mkdirSync } from 'fs'
import path from 'path'
import type { Browser, Page } from 'playwright-core'
import { startHostEmulator, type HostEmulator } from '../dev/host'
import type { HostEvent } from '../dev/host/wire'
import { expectAccessible } from './axe'
import { launchBrowser } from './browser'
import { flows, type Flow } from './flows'

const SCREENSHOTS = path.join(__dirname, 'screenshots')

/** Events that mean the extension or the host broke, whatever the screen shows. */
function problems(events: HostEvent[]): string[] {
  return events
    .filter((e) => e.type === 'ERROR_EVENT' || e.type === 'HOST_ERROR' || e.refused)
    .map(
      (e) => `${e.type}${e.refused ? ` refused (${e.refused})` : ''}: ${JSON.stringify(e.payload)}`
    )
}

async function pageEvents(page: Page): Promise<HostEvent[]> {
  return page.evaluate(() => window.__hostEvents ?? []).catch(() => [])
}

async function runFlow(browser: Browser, flow: Flow, shared: HostEmulator): Promise<string | null> {
  const emulator = flow.emulator ? await startHostEmulator({ port: 0, ...flow.emulator }) : shared
  emulator.looker?.setUserWorkspace('ada', 'production')
  emulator.events.length = 0
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } })
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(`host page error: ${error.message}`))
  let failure: string | null = null
  try {
    await flow.run({ page, emulator })
    // Every flow ends with an accessibility check of the page it reached (flows check more pages).
    if (!flow.endsOutsideExtension) await expectAccessible(page, `the last page of ${flow.name}`)
    const seen = [...problems(await pageEvents(page)), ...problems(emulator.events), ...pageErrors]
    if (seen.length) throw new Error(`the host recorded:\n  ${[...new Set(seen)].join('\n  ')}`)
    if (process.env.E2E_SCREENSHOTS === 'all') await screenshot(page, flow.name)
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error)
    await screenshot(page, flow.name).catch(() => undefined)
  } finally {
    await context.close()
    if (emulator !== shared) await emulator.close()
  }
  return failure
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

/** Runs every flow (or those whose name contains `filter`); prints one line per flow. */
export async function runFlows(filter?: string): Promise<{ passed: number; failed: number }> {
  const selected = flows.filter((f) => !filter || f.name.includes(filter))
  const shared = await startHostEmulator({ port: 0 })
  const browser = await launchBrowser()
  let passed = 0
  let failed = 0
  try {
    for (const flow of selected) {
      const failure = await runFlow(browser, flow, shared)
      if (failure) {
        failed += 1
        console.log(`✗ ${flow.name}\n    ${failure.replace(/\n/g, '\n    ')}`)
        console.log(`    screenshot: e2e/screenshots/${flow.name}.png`)
      } else {
        passed += 1
        console.log(`✓ ${flow.name}`)
      }
    }
  } finally {
    await browser.close()
    await shared.close()
  }
  return { passed, failed }
}

// Run directly (`tsx e2e/run.ts [filter]`, as scripts/e2e.mjs does): exit 0 only when all passed.
if (require.main === module) {
  runFlows(process.argv[2]).then(
    ({ passed, failed }) => {
      console.log(`${passed} passed, ${failed} failed`)
      process.exit(failed === 0 && passed > 0 ? 0 : 1)
    },
    (error: unknown) => {
      console.error(error)
      process.exit(2)
    }
  )
}

/**
 * In a real browser: the Ship page. Each flow runs on its own emulator because deploys
 * and checkouts change the demo repository.
 */
import { setTimeout as sleep } from 'timers/promises'
import { mkdirSync } from 'fs'
import path from 'path'
import type { FrameLocator, Page } from 'playwright-core'
import type { HostEmulator } from '../dev/host'
import { extension } from './app'
import { expectAccessible } from './axe'
import { expectContains, TIMEOUT_MS } from './expect'
import type { Flow } from './flows'

/** `user` checks out `branch` in Development Mode, as in Looker's IDE. */
async function checkout(emulator: HostEmulator, user: string, project: string, branch: string) {
  const looker = emulator.looker!
  looker.setUserWorkspace(user, 'dev')
  const res = await looker.handle({
    method: 'PUT',
    path: `/projects/${project}/git_branch`,
    body: { name: branch },
    headers: { authorization: `token ${looker.loginAs(user)}`, accept: 'application/json' },
  })
  if (res.status !== 200) throw new Error(`could not check out ${branch}: HTTP ${res.status}`)
}

async function waitForLocation(emulator: HostEmulator, url: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS
  while (Date.now() < deadline) {
    if (
      emulator.events.some(
        (e) =>
          e.type === 'UPDATE_LOCATION' && !e.refused && (e.payload as { url?: string }).url === url
      )
    )
      return
    await sleep(100)
  }
  throw new Error(`the host was not asked to open ${url}`)
}

const check = (frame: FrameLocator, name: string) => frame.getByRole('region', { name })

async function runCheck(frame: FrameLocator, name: string, button: string, outcome: string) {
  await check(frame, name).getByRole('button', { name: button }).click()
  await expectContains(check(frame, name).getByRole('status', { name: `${name}: status` }), outcome)
}

/** With DOCS_SCREENSHOTS=1, the user guide's picture of the page. */
async function docsScreenshot(page: Page, name: string) {
  if (process.env.DOCS_SCREENSHOTS !== '1') return
  const dir = path.join(__dirname, '..', 'docs', 'screenshots')
  mkdirSync(dir, { recursive: true })
  // The extension scrolls inside its frame: a tall window shows the whole page, from the top.
  const size = page.viewportSize()
  await page.setViewportSize({ width: 1200, height: 1680 })
  await extension(page)
    .locator('body')
    .evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: path.join(dir, name) })
  if (size) await page.setViewportSize(size)
}

export const shipFlows: Flow[] = [
  {
    name: 'ship-clean-branch-validated-and-deployed',
    emulator: {},
    async run({ page, emulator }) {
      emulator.looker!.setUserWorkspace('ada', 'dev')
      const frame = extension(page)
      await page.goto(emulator.extensionUrl('/'))
      await frame.getByRole('link', { name: 'Ship ecommerce' }).click()
      await runCheck(frame, 'LookML validation', 'Validate LookML', 'Passed')
      await runCheck(frame, 'SQL impact', 'Compare SQL', 'Passed')
      await runCheck(frame, 'Git connection', 'Test the git connection', 'Passed')
      await docsScreenshot(page, 'ship.png')
      const deploy = check(frame, 'Deploy')
      // What Looker reports: the branch against its own remote; not commits ahead of production.
      await expectContains(deploy.getByLabel('What goes out'), 'Branch feature/net-revenue at')
      await expectContains(deploy.getByLabel('What goes out'), '(the same as on the remote)')
      await expectContains(deploy, "Looker's API does not report how many commits")
      await deploy.getByRole('button', { name: 'Deploy feature/net-revenue' }).click()
      const dialog = frame.getByRole('dialog')
      await expectContains(dialog, 'Deploy feature/net-revenue to production?')
      await expectContains(dialog, 'Looker refuses a push that is not one.')
      // Focus starts on Cancel: Enter alone never deploys.
      await expectContains(dialog.locator('button:focus'), 'Cancel')
      await dialog.getByRole('button', { name: 'Deploy feature/net-revenue' }).click()
      await expectContains(
        deploy.getByRole('status', { name: 'Deploy result' }),
        'Deployed feature/net-revenue: production now runs'
      )
      await expectContains(
        deploy.getByRole('button', { name: 'Compare the saved queries again' }),
        'Compare the saved queries again'
      )
    },
  },
  {
    name: 'ship-deploy-refused-when-the-branch-moved-behind-the-page',
    emulator: {},
    async run({ page, emulator }) {
      emulator.looker!.setUserWorkspace('ada', 'dev')
      const frame = extension(page)
      await page.goto(emulator.extensionUrl('/projects/ecommerce/ship'))
      const deploy = check(frame, 'Deploy')
      await deploy.getByRole('button', { name: 'Deploy feature/net-revenue' }).click()
      const dialog = frame.getByRole('dialog')
      await expectContains(dialog, 'Deploy feature/net-revenue to production?')
      // Another Looker tab (or the VS Code extension) checks out a branch with a LookML error.
      await checkout(emulator, 'ada', 'ecommerce', 'feature/typo')
      await dialog.getByRole('button', { name: 'Deploy feature/net-revenue' }).click()
      await expectContains(
        deploy.getByRole('alert'),
        'The branch changed since you confirmed (Looker now reports feature/typo as the current branch), nothing was deployed.'
      )
      await expectContains(deploy.getByLabel('What goes out'), 'Branch feature/typo at')
      if (emulator.looker!.log.some((e) => e.operation === 'deploy_to_production'))
        throw new Error('a deploy was sent although the branch had moved')
    },
  },
  {
    name: 'ship-deploy-applied-then-502-is-read-back-not-refused',
    emulator: {},
    async run({ page, emulator }) {
      const looker = emulator.looker!
      looker.setUserWorkspace('ada', 'dev')
      // Looker carries the deploy out; the proxy in front of it answers 502.
      looker.addFault({
        operation: 'deploy_to_production',
        status: 502,
        message: 'Bad Gateway',
        afterApplying: true,
        times: 1,
      })
      const frame = extension(page)
      await page.goto(emulator.extensionUrl('/projects/ecommerce/ship'))
      const deploy = check(frame, 'Deploy')
      await deploy.getByRole('button', { name: 'Deploy feature/net-revenue' }).click()
      await frame
        .getByRole('dialog')
        .getByRole('button', { name: 'Deploy feature/net-revenue' })
        .click()
      await expectContains(
        deploy.getByRole('status', { name: 'Deploy result' }),
        'its answer to the deploy never arrived'
      )
      if ((await deploy.getByRole('alert').count()) > 0)
        throw new Error('a deploy Looker applied was shown as refused')
    },
  },
  {
    name: 'ship-reload-mid-deploy-says-a-deploy-may-be-under-way',
    emulator: {},
    async run({ page, emulator }) {
      const looker = emulator.looker!
      looker.setUserWorkspace('ada', 'dev')
      // A slow deploy: the page is reloaded before Looker answers, Looker applies it after.
      looker.addFault({ operation: 'deploy_to_production', delayMs: 3000, times: 1 })
      const frame = extension(page)
      await page.goto(emulator.extensionUrl('/projects/ecommerce/ship'))
      const deploy = check(frame, 'Deploy')
      await deploy.getByRole('button', { name: 'Deploy feature/net-revenue' }).click()
      await frame
        .getByRole('dialog')
        .getByRole('button', { name: 'Deploy feature/net-revenue' })
        .click()
      await expectContains(deploy.getByRole('status'), 'Deploying feature/net-revenue')
      await page.reload()
      await expectContains(
        check(frame, 'Deploy').getByRole('status', { name: 'Deploy under way' }),
        'Its answer never reached this page'
      )
      await expectContains(
        check(frame, 'Deploy').getByRole('status', { name: 'Deploy result' }),
        'Deployed feature/net-revenue: production now runs'
      )
    },
  },
  {
    name: 'ship-no-deploy-while-the-content-check-visits-production',
    emulator: {},
    async run({ page, emulator }) {
      const looker = emulator.looker!
      looker.setUserWorkspace('ada', 'dev')
      // The content validation in production (the second one) waits until released.
      let release!: () => void
      const released = new Promise<void>((resolve) => (release = resolve))
      let calls = 0
      looker.intercept('content_validation', async (_req, next) => {
        if (++calls === 2) await released
        return next()
      })
      const frame = extension(page)
      await page.goto(emulator.extensionUrl('/projects/ecommerce/ship'))
      const deploy = check(frame, 'Deploy')
      await deploy.getByRole('button', { name: 'Deploy feature/net-revenue' }).waitFor()
      await check(frame, 'Content that would break')
        .getByRole('button', { name: 'Validate content' })
        .click()
      await expectContains(deploy, 'Unavailable while the content validation visits production')
      const button = deploy.getByRole('button', { name: 'Deploy feature/net-revenue' })
      if ((await button.getAttribute('aria-disabled')) !== 'true')
        throw new Error('Deploy was offered while the session visited production')
      release()
      await expectContains(
        check(frame, 'Content that would break').getByRole('status', {
          name: 'Content that would break: status',
        }),
        'Passed'
      )
    },
  },
  {
    name: 'ship-grace-is-told-why-she-cannot-deploy',
    emulator: {},
    async run({ page, emulator }) {
      emulator.looker!.setUserWorkspace('grace', 'dev')
      await page.goto(`${emulator.url}/?user=grace`)
      await page.goto(emulator.extensionUrl('/projects/ecommerce/ship'))
      await expectContains(
        check(extension(page), 'Deploy').getByRole('list', { name: 'Why you cannot deploy' }),
        'Your Looker roles do not include the deploy permission'
      )
    },
  },
  {
    name: 'ship-pull-request-project-offers-the-link',
    emulator: {},
    async run({ page, emulator }) {
      emulator.looker!.setUserWorkspace('ada', 'dev')
      await page.goto(emulator.extensionUrl('/projects/inventory/ship'))
      await check(extension(page), 'Deploy')
        .getByRole('link', { name: 'Open a pull request' })
        .click()
      // The host checks new_window_external_urls before opening the git host.
      await waitForLocation(
        emulator,
        'https://github.com/acme-analytics/inventory/compare/main...dev-ada-lovelace-4d59?expand=1'
      )
    },
  },
  {
    name: 'ship-branch-breaking-a-dashboard-tile',
    emulator: {},
    async run({ page, emulator }) {
      await checkout(emulator, 'ada', 'ecommerce', 'feature/drop-avg-price')
      const frame = extension(page)
      await page.goto(emulator.extensionUrl('/projects/ecommerce/ship'))
      await runCheck(frame, 'Content that would break', 'Validate content', 'Failed')
      await expectContains(
        check(frame, 'Content that would break').getByRole('listitem', {
          name: 'Tile "Average sale price by category" on dashboard "Sales overview"',
        }),
        'Unknown or inaccessible field "orders.average_sale_price"'
      )
      await expectContains(frame.getByRole('region', { name: 'Workspace' }), 'Development Mode')
    },
  },
  {
    name: 'ship-validation-errors-link-into-the-ide',
    emulator: {},
    endsOutsideExtension: true,
    async run({ page, emulator }) {
      await checkout(emulator, 'ada', 'ecommerce', 'feature/typo')
      const frame = extension(page)
      await page.goto(emulator.extensionUrl('/projects/ecommerce'))
      await frame.getByRole('link', { name: 'Ship ecommerce: validate and deploy' }).click()
      await runCheck(frame, 'LookML validation', 'Validate LookML', 'Failed')
      await expectAccessible(page, 'the Ship page with validation errors')
      await check(frame, 'LookML validation')
        .getByRole('link', { name: 'Open in the IDE at line 42' })
        .click()
      await waitForLocation(emulator, '/projects/ecommerce/files/views/orders.view.lkml?line=42')
    },
  },
]

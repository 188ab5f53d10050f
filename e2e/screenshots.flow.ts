/**
 * Each page of the demo at 1024, 1440 and 1920 px: nothing may overflow the frame sideways (the
 * layout bugs of issue 12 did), and with `E2E_SCREENSHOTS=docs` each view is saved to
 * docs/screenshots/<page>-<width>.png for the README.
 */
import { mkdirSync } from 'fs'
import path from 'path'
import type { FrameLocator, Page } from 'playwright-core'
import { extension } from './app'
import { expectContains, expectNotCut } from './expect'
import type { Flow } from './flows'

const WIDTHS = [1024, 1440, 1920]
const DOCS = path.join(__dirname, '..', 'docs', 'screenshots')

interface Shot {
  name: string
  user: string
  workspace: 'dev' | 'production'
  route: string
  /** What to do, and what to wait for, before the picture. */
  act(frame: FrameLocator): Promise<void>
}

const QUERY =
  '/query?model=ecommerce&explore=orders&fields=orders.status,orders.total_revenue,orders.count'

const SHOTS: Shot[] = [
  {
    name: 'projects',
    user: 'ada',
    workspace: 'dev',
    route: '/',
    act: (f) => f.getByRole('link', { name: 'ecommerce' }).first().waitFor(),
  },
  {
    name: 'project-branches',
    user: 'ada',
    workspace: 'dev',
    route: '/projects/ecommerce',
    act: (f) => f.getByRole('table', { name: 'Branches' }).waitFor(),
  },
  {
    name: 'project-read-only',
    user: 'lin',
    workspace: 'production',
    route: '/projects/ecommerce',
    act: (f) => f.getByRole('table', { name: 'Branches' }).waitFor(),
  },
  {
    name: 'reset-dialog',
    user: 'ada',
    workspace: 'dev',
    route: '/projects/finance',
    async act(f) {
      await f.getByRole('button', { name: 'Reset to remote…' }).click()
      await expectNotCut(
        f.getByRole('dialog').getByText('First save the current commits in a backup branch')
      )
    },
  },
  {
    name: 'ship',
    user: 'ada',
    workspace: 'dev',
    route: '/projects/ecommerce/ship',
    act: (f) => f.getByRole('heading', { name: 'Ship ecommerce' }).waitFor(),
  },
  {
    name: 'content',
    user: 'ada',
    workspace: 'dev',
    route: '/projects/ecommerce/content',
    async act(f) {
      await f.getByRole('button', { name: 'Compare content' }).click()
      await expectContains(
        f.getByRole('region', { name: 'Orders overview' }).getByRole('listitem').first(),
        'differ'
      )
    },
  },
  {
    name: 'git-health',
    user: 'ada',
    workspace: 'dev',
    route: '/git',
    act: (f) => expectContains(f.getByRole('status', { name: 'Branch count' }), 'shown of'),
  },
  {
    name: 'query-result',
    user: 'ada',
    workspace: 'production',
    route: QUERY,
    async act(f) {
      await f.getByRole('button', { name: 'Run' }).click()
      await f.getByRole('table', { name: 'Production rows' }).waitFor()
    },
  },
  {
    name: 'query-comparison',
    user: 'ada',
    workspace: 'dev',
    route: QUERY,
    async act(f) {
      await f.getByRole('button', { name: 'Compare production and development' }).click()
      await expectContains(
        f.getByRole('region', { name: 'Production against development' }),
        'rows differ'
      )
    },
  },
]

async function frameSize(page: Page) {
  const frame = page.frames().find((f) => f !== page.mainFrame())!
  return frame.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }))
}

export const screenshotsFlow: Flow = {
  name: 'each-page-fits-1024-1440-1920',
  async run({ page, emulator }) {
    const save = process.env.E2E_SCREENSHOTS === 'docs'
    if (save) mkdirSync(DOCS, { recursive: true })
    for (const shot of SHOTS) {
      for (const width of WIDTHS) {
        emulator.looker!.setUserWorkspace(shot.user, shot.workspace)
        await page.setViewportSize({ width, height: 900 })
        await page.goto(`${emulator.url}/?user=${shot.user}`)
        await page.goto(emulator.extensionUrl(shot.route))
        const frame = extension(page)
        await shot.act(frame)
        const size = await frameSize(page)
        if (size.scrollWidth > size.clientWidth + 1) {
          throw new Error(
            `${shot.name} at ${width} px overflows sideways (${size.scrollWidth} > ${size.clientWidth})`
          )
        }
        if (save) {
          await page.setViewportSize({ width, height: Math.min(size.height + 140, 3000) })
          // Run and Compare scroll their results into view: the picture shows the whole page.
          await page
            .frames()
            .find((f) => f !== page.mainFrame())!
            .evaluate(() => window.scrollTo(0, 0))
          await page.waitForTimeout(300)
          await page.screenshot({ path: path.join(DOCS, `${shot.name}-${width}.png`) })
        }
      }
    }
    emulator.looker!.setUserWorkspace('lin', 'production')
  },
}

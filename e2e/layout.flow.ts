/**
 * The app's layout under both of Looker's extension loaders (docs/looker-api-behaviour.md
 * "Extension loading"): the enhanced loader's `<!DOCTYPE html>` page (standards mode, where a
 * `height: 100%` root collapses to its content) and the legacy loader's page (quirks mode). In
 * both the app fills the frame from its top left corner, a short page included, nothing sticks
 * out sideways, and a long page scrolls to its last row.
 */
import type { Frame, Page } from 'playwright-core'
import type { ExtensionLoading } from '../dev/host/pages'
import { extension } from './app'
import { expectContains, expectInView } from './expect'
import type { Flow } from './flows'

const COMPAT_MODE: Record<ExtensionLoading, string> = {
  enhanced: 'CSS1Compat',
  legacy: 'BackCompat',
}

function extensionFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/frame.html'))
  if (!frame) throw new Error('no extension frame on the page')
  return frame
}

/** Where the app's root box sits in its frame, and the frame's own measures. */
function measure(frame: Frame) {
  return frame.evaluate(() => {
    const root = document.body.querySelector(':scope > div')
    if (!root) throw new Error('no app root in the frame')
    const box = root.getBoundingClientRect()
    return {
      compatMode: document.compatMode,
      top: box.top,
      left: box.left,
      height: box.height,
      viewportHeight: window.innerHeight,
      scrollWidth: document.scrollingElement!.scrollWidth,
      viewportWidth: document.scrollingElement!.clientWidth,
    }
  })
}

function layoutFlow(loading: ExtensionLoading): Flow {
  return {
    name: `extension-loading-${loading}-layout`,
    emulator: { extensionLoading: loading },
    async run({ page, emulator }) {
      await page.setViewportSize({ width: 1024, height: 800 })
      const app = extension(page)
      // A short page: the app still fills the frame.
      await page.goto(emulator.extensionUrl('/projects/sandbox'))
      await expectContains(app.getByRole('main'), 'sandbox does not use git')
      const short = await measure(extensionFrame(page))
      if (short.compatMode !== COMPAT_MODE[loading]) {
        throw new Error(`the ${loading} loader's page is in ${short.compatMode}`)
      }
      if (short.height < short.viewportHeight) {
        throw new Error(
          `the app is ${short.height} px high in a ${short.viewportHeight} px frame (collapsed)`
        )
      }
      if (short.top !== 0 || short.left !== 0) {
        throw new Error(`the app starts at ${short.left},${short.top}, not in the frame's corner`)
      }
      if (short.scrollWidth > short.viewportWidth) {
        throw new Error(`${short.scrollWidth} px wide in a ${short.viewportWidth} px frame`)
      }
      // A page longer than the frame scrolls to its end.
      await page.setViewportSize({ width: 1024, height: 420 })
      await page.goto(emulator.extensionUrl('/'))
      const last = app.getByRole('row', { name: /^sandbox/ })
      await expectContains(last, 'No git')
      await extensionFrame(page).evaluate(() =>
        window.scrollTo(0, document.scrollingElement!.scrollHeight)
      )
      await expectInView(last)
    },
  }
}

export const layoutFlows: Flow[] = [layoutFlow('enhanced'), layoutFlow('legacy')]

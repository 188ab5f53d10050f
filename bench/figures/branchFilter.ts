/** The branch filter with 10,000 branches: keystroke to the filtered list painted. */
import type { Browser, Frame, Page } from 'playwright-core'
import { emulator, open } from '../lib/pages'
import { add, details, median, QUICK } from '../lib/report'

async function typeAll(page: Page, frame: Frame, keys: string[]): Promise<number[]> {
  await frame.evaluate(() => (window.__benchKeys = []))
  for (let i = 0; i < keys.length; i++) {
    await page.keyboard.press(keys[i]!)
    await frame.waitForFunction((k) => (window.__benchKeys?.length ?? 0) > k, i, { polling: 'raf' })
  }
  return frame.evaluate(() => window.__benchKeys!.slice())
}

export async function branchFilter(browser: Browser) {
  const total = 10000
  console.log(`Branch filter, ${total} branches (keystroke to the filtered list painted)`)
  const e = await emulator({ seed: 'huge:1' })
  try {
    const { page, frame } = await open(browser, e, '/projects/monorepo')
    await frame
      .getByRole('status', { name: 'Branch count' })
      .filter({ hasText: /10,?000 branches/ })
      .waitFor({ timeout: 60_000 })
    // 50 keystrokes: narrow down, widen again, another name.
    const words = [
      'sales-0',
      'Backspace*7',
      'finance-012',
      'Backspace*11',
      'ops-00',
      'Backspace*6',
      'market',
    ]
    const keys = words.flatMap((w) =>
      w.startsWith('Backspace*') ? Array<string>(Number(w.slice(10))).fill('Backspace') : [...w]
    )
    const strokes = keys.slice(0, QUICK ? 10 : 50)

    // Floor: the same keystrokes in a plain input with no listener (a frame and nothing else).
    await frame.evaluate(() => {
      const input = document.createElement('input')
      input.id = 'bench-plain'
      document.body.prepend(input)
    })
    await frame.locator('#bench-plain').focus()
    const floor = await typeAll(page, frame, strokes)
    await frame.evaluate(() => document.getElementById('bench-plain')!.remove())

    await frame.getByLabel('Filter branches').focus()
    const times = await typeAll(page, frame, strokes)
    add('branch filter keystroke, median', median(times), median(floor), 'ms', 16, true)
    add('branch filter keystroke, worst', Math.max(...times), Math.max(...floor), 'ms', 50, true)
    details.branchKeystrokesMs = times.map((t) => +t.toFixed(1))
    await page.context().close()
  } finally {
    await e.close()
  }
}

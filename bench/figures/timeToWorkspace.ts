/** Time to the workspace on screen, against the hello-world extension. */
import path from 'path'
import type { Browser } from 'playwright-core'
import { markTime } from '../browser'
import { emulator, open } from '../lib/pages'
import { add, median, QUICK, RESULTS } from '../lib/report'

export async function timeToWorkspace(browser: Browser) {
  console.log('Time to the workspace on screen (median of 5 loads, demo seed)')
  const runs = QUICK ? 2 : 5
  const measure = async (bundlePath?: string) => {
    const e = await emulator({ seed: 'demo' }, bundlePath)
    const times: number[] = []
    try {
      for (let i = 0; i < runs; i++) {
        const { page, frame, start } = await open(browser, e, '/')
        times.push((await markTime(frame, 'workspace', 30_000)) - start)
        await page.context().close()
      }
    } finally {
      await e.close()
    }
    return median(times)
  }
  const hello = await measure(path.join(RESULTS, 'hello', 'bundle.js'))
  const app = await measure()
  add('time to workspace', app, hello, 'ms', 1.3)
}

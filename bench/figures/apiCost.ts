/** API calls of a page load and of a switch, and the heap after 20 switches. */
import type { Browser } from 'playwright-core'
import {
  apiCalls,
  clearApiCalls,
  frameSession,
  SUMMARY_DONE,
  usedHeap,
  type ApiCall,
} from '../browser'
import { emulator, open } from '../lib/pages'
import { add, details, QUICK } from '../lib/report'
import { gitProjectsOf, loadOverview, seedFor } from './overview'

/** Calls counted by `METHOD path`; `repeated`: how many calls beyond the first of each. */
function countCalls(calls: ApiCall[]) {
  const counts = new Map<string, number>()
  for (const c of calls)
    counts.set(
      `${c.method} ${c.path.split('?')[0]}`,
      (counts.get(`${c.method} ${c.path.split('?')[0]}`) ?? 0) + 1
    )
  const repeated = [...counts.values()].reduce((sum, k) => sum + k - 1, 0)
  const byOperation = new Map<string, number>()
  for (const c of calls) {
    const key = `${c.method} ${c.path.split('?')[0]!.replace(/\/projects\/[^/]+/, '/projects/{id}')}`
    byOperation.set(key, (byOperation.get(key) ?? 0) + 1)
  }
  return { total: calls.length, repeated, byOperation: Object.fromEntries(byOperation) }
}

/**
 * One page load (API cost, heap), then 20 switches back and forth (API cost of one, heap after).
 * Minimum of a load: the session, the user and their roles (Looker's `me` carries role ids only;
 * what the user may do comes from `user_roles`), the project list, one state per git project. Of
 * a switch: the switch itself, the project list (a project not yet deployed is listed in
 * Development Mode only) and one state per git project.
 */
export async function apiCostAndMemory(browser: Browser) {
  const n = QUICK ? 40 : 1000
  const switches = QUICK ? 4 : 20
  console.log(`API cost and memory (${n} projects, ${switches} switches)`)
  const e = await emulator({ seed: seedFor(n) })
  const gitProjects = gitProjectsOf(n)
  try {
    const { page, frame } = await open(browser, e, '/')
    const load = await loadOverview(page, frame, 150_000)
    const loadCost = countCalls(load.calls)
    add('API calls, page load', loadCost.total, 4 + gitProjects, 'calls', 1)
    add('API calls repeated, page load', loadCost.repeated, 0, 'calls', 0, true)
    const session = await frameSession(page, frame)
    // Playwright's locators inject its script (a 330 KB source and its objects) into the frame
    // the first time they are used: done before the first reading, or the switches below would
    // be charged with it (it was most of the growth this figure showed).
    await frame.getByRole('switch', { name: 'Development Mode' }).isEnabled()
    await frame.getByLabel('Current workspace').textContent()
    // The switches are then clicked and waited for by evaluating one expression each: run 20
    // times, Playwright's locators and waits made V8 compile its injected script (role and label
    // matching, hit-target checks, polling) into 0.2 MiB of code in the frame's heap, counted here
    // as the app's (heap snapshots, by script). A mouse click where the switch is missed it at
    // times: the host page moves the frame (its Development Mode banner).
    const clickSwitch = `document.getElementById('development-mode').click()`
    const workspaceText = `document.querySelector('[aria-label="Current workspace"]')?.textContent`
    const until = async (condition: string, timeoutMs: number) => {
      for (const end = Date.now() + timeoutMs; !(await frame.evaluate(condition));) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${condition}`)
        await page.waitForTimeout(50)
      }
    }
    const heapAfterLoad = await usedHeap(session)

    const switchCosts: ReturnType<typeof countCalls>[] = []
    for (let i = 0; i < switches; i++) {
      await clearApiCalls(page)
      const before = JSON.stringify(await frame.evaluate(workspaceText))
      await until(`document.getElementById('development-mode')?.disabled === false`, 60_000)
      await frame.evaluate(clickSwitch)
      await until(`${workspaceText} !== ${before}`, 60_000)
      // The first switch is counted once its table has loaded; the others switch on as soon as
      // Looker answered (the table of the workspace left is dropped mid-load, as a person's
      // quick switches would), and the last one loads in full before the heap is read.
      if (i > 0 && i < switches - 1) continue
      await until(SUMMARY_DONE, 150_000)
      if (i === 0) switchCosts.push(countCalls(await apiCalls(page)))
    }
    const heapAfterSwitches = await usedHeap(session)
    add('API calls, one switch', switchCosts[0]!.total, 2 + gitProjects, 'calls', 1)
    add('API calls repeated, one switch', switchCosts[0]!.repeated, 0, 'calls', 0, true)
    add(
      `heap after ${switches} switches (vs after load)`,
      heapAfterSwitches,
      heapAfterLoad,
      'MiB',
      1.1
    )
    details.apiCost = { pageLoad: loadCost, oneSwitch: switchCosts[0] }
    details.heap = { afterLoad: heapAfterLoad, afterSwitches: heapAfterSwitches }
    await page.context().close()
  } finally {
    await e.close()
  }
}

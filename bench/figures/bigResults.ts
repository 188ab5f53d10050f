/** Big results: the first screenful after the rows arrive, and the longest task while scrolling. */
import { writeFileSync } from 'fs'
import path from 'path'
import type { Browser, Frame, Page } from 'playwright-core'
import {
  apiCalls,
  frameSession,
  markTime,
  watch,
  type ApiCall,
  type PortMessage,
  type PortPost,
} from '../browser'
import { emulator, open } from '../lib/pages'
import { add, details, PROFILE, QUICK, RESULTS, ROOT } from '../lib/report'

/** The stretches of work named by the app (`performance.measure`), in the frame, epoch ms. */
async function frameMeasures(
  frame: Frame
): Promise<Array<{ name: string; at: number; ms: number }>> {
  return (await frame.evaluate(
    "performance.getEntriesByType('measure').map((m) => ({ name: m.name, at: performance.timeOrigin + m.startTime, ms: m.duration }))"
  )) as Array<{ name: string; at: number; ms: number }>
}

/**
 * Where the time from the rows' arrival at the host to the first screenful went, for the answer
 * that carried rows last (compared: the later side): the host page reading and parsing the body,
 * its postMessage to the frame (the structured clone), the wait until the frame's task starts,
 * the frame deserializing the message, chatty and the SDK until the app's mapping starts, the
 * mapping, the diff done before the first screenful (compared), and rendering up to the frame
 * where 20 rows show. Each from the instrumentation in bench/browser.ts and the app's measures.
 */
async function resultPhases(page: Page, frame: Frame, results: ApiCall[], shown: number) {
  const last = results
    .filter((c) => c.answeredAt !== undefined && c.parsedAt !== undefined)
    .reduce<ApiCall | null>((a, c) => (a && a.answeredAt! > c.answeredAt! ? a : c), null)
  const posts = (await page.evaluate('window.__benchPosts ?? []')) as PortPost[]
  const messages = (await frame.evaluate('window.__benchMessages ?? []')) as PortMessage[]
  const measures = await frameMeasures(frame)
  const post = last ? posts.find((p) => p.at >= last.parsedAt! - 1) : undefined
  // Not before the clone is done (2 ms for the two processes' clocks).
  const message = post ? messages.find((m) => m.at >= post.at + post.ms - 2) : undefined
  const received = message ? message.at + message.deserializeMs : NaN
  const map = measures.find((m) => m.name.endsWith('map results') && m.at >= (message?.at ?? 0))
  const mapped = map ? map.at + map.ms : NaN
  const diffs = measures.filter((m) => m.name.endsWith('diff') && m.at >= mapped && m.at <= shown)
  const diffMs = diffs.reduce((sum, m) => sum + m.ms, 0)
  const lastWork = Math.max(mapped, ...diffs.map((m) => m.at + m.ms))
  const round = (ms: number) => (Number.isFinite(ms) ? +ms.toFixed(1) : null)
  return {
    postedAt: post?.at ?? null,
    ms: {
      'host read + parse': round(last ? last.parsedAt! - last.answeredAt! : NaN),
      'host postMessage (clone)': round(post?.ms ?? NaN),
      'to the frame': round(message && post ? message.at - post.at - post.ms : NaN),
      'frame deserialize': round(message?.deserializeMs ?? NaN),
      'chatty + SDK': round(map ? map.at - received : NaN),
      'our mapping': round(map?.ms ?? NaN),
      'diff before first screenful': round(diffMs),
      'render to first screenful': round(shown - lastWork),
    },
  }
}

function phaseText(ms: Record<string, number | null>): string {
  return Object.entries(ms)
    .map(([k, v]) => `${k} ${v === null ? '?' : v}`)
    .join(', ')
}

/**
 * 5,000 rows x 20 columns, answered by the fake's `query_task_results` through a fault body (the
 * demo data has 400 orders): the time from the answer reaching the host to the first screenful of
 * rows, then the longest task while the results scroll. Run alone and compared.
 */
export async function bigResults(browser: Browser) {
  const rowCount = QUICK ? 500 : 5000
  console.log(`Big results, ${rowCount} rows x 20 columns (what exists on this branch)`)
  const dims = ['orders.id', 'orders.user_id', 'orders.product_id', 'orders.status']
  const more = ['orders.created_date', 'orders.created_month', 'orders.sale_price']
  const rest = ['orders.discount', 'orders.is_discounted', 'orders.discount_band', 'users.id']
  const tail = ['users.email', 'users.country', 'users.age', 'products.id', 'products.name']
  const fields = [...dims, ...more, ...rest, ...tail, 'products.category', 'products.brand']
  const measures = ['orders.count', 'orders.total_revenue']
  const all = [...fields, ...measures]
  const data = Array.from({ length: rowCount }, (_, i) =>
    Object.fromEntries(
      all.map((f, j) => [f, { value: j < 3 || j >= 18 ? i * 7 + j : `${f} ${i}` }])
    )
  )
  const body = {
    data,
    fields: {
      dimensions: fields.map((name) => ({ name })),
      measures: measures.map((name) => ({ name })),
    },
    errors: [],
  }
  const e = await emulator({ seed: 'demo' })
  e.looker!.addFault({ operation: 'query_task_results', body })
  const url = `/query?model=ecommerce&explore=orders&fields=${all.join(',')}&limit=${rowCount}`
  try {
    for (const [label, button, section] of [
      ['alone', 'Run', 'Development result'],
      ['compared', 'Compare production and development', 'Production against development'],
    ] as const) {
      const { page, frame } = await open(browser, e, url)
      const runButton = frame.getByRole('button', { name: button })
      await runButton.waitFor({ timeout: 60_000 })
      const session = PROFILE ? await frameSession(page, frame) : null
      if (session) {
        await session.send('Profiler.enable')
        await session.send('Profiler.setSamplingInterval', { interval: 200 })
        await session.send('Profiler.start')
      }
      await runButton.click({ timeout: 60_000 })
      const rowsShown = `document.querySelectorAll('section[aria-label="${section}"] tbody tr, section[aria-label="${section}"] [role="row"]').length >= 20`
      await watch(frame, 'rows', rowsShown)
      const shown = await markTime(frame, 'rows', 120_000)
      const results = (await apiCalls(page)).filter((c) => c.path.includes('/results'))
      const arrived = Math.max(...results.map((c) => c.answeredAt ?? c.at))
      add(
        `big results ${label}: first screenful after the rows`,
        shown - arrived,
        0,
        'ms',
        200,
        true
      )
      const phases = await resultPhases(page, frame, results, shown)
      if (phases.postedAt !== null) {
        add(
          `big results ${label}: first screenful after the rows reach the extension`,
          shown - phases.postedAt,
          0,
          'ms',
          null,
          true
        )
      }
      console.log(`  ${label}, ms: ${phaseText(phases.ms)}`)
      details[`bigResultsPhasesMs_${label}`] = phases.ms

      const table = frame
        .locator(
          `section[aria-label="${section}"] table, section[aria-label="${section}"] [role="table"]`
        )
        .first()
      await table.hover()
      const before = Date.now()
      for (let i = 0; i < 30; i++) {
        await page.mouse.wheel(0, 600)
        await page.waitForTimeout(30)
      }
      await page.waitForTimeout(200)
      const tasks = (
        (await frame.evaluate('window.__benchLongTasks')) as Array<{ at: number; ms: number }>
      ).filter((t) => t.at >= before)
      add(
        `big results ${label}: longest task while scrolling`,
        Math.max(0, ...tasks.map((t) => t.ms)),
        0,
        'ms',
        50,
        true
      )
      if (session) {
        const { profile } = await session.send('Profiler.stop')
        const file = path.join(RESULTS, `big-results-${label}.cpuprofile`)
        writeFileSync(file, JSON.stringify(profile))
        console.log(`  CPU profile: ${path.relative(ROOT, file)}`)
      }
      await page.context().close()
    }
  } finally {
    await e.close()
  }
}

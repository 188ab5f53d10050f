/** Git health: every project's branches in one table, and its filters. */
import type { Browser, Frame } from 'playwright-core'
import { apiCalls, markTime, replay, watch } from '../browser'
import { emulator, open } from '../lib/pages'
import { add, details, IN_FLIGHT, median, QUICK } from '../lib/report'

/** The git health table is complete: the branch count no longer says it is reading. */
const HEALTH_DONE = `(() => {
  const text = document.querySelector('[aria-label="Branch count"]')?.textContent ?? ''
  return /shown of/.test(text) && !text.startsWith('Reading')
})()`

/**
 * Changes the select labelled `label` to each value in turn, inside the frame, and returns the
 * work each change costs: React renders a change event synchronously, so the time from the event
 * to its return, plus the style and layout it leaves (read back at once), is what has to fit in one
 * frame. (Waiting for the next frame would add the wait for vsync, up to 16.7 ms, to every change,
 * a plain select's included.)
 */
function changeSelect(frame: Frame, label: string | null, values: string[]): Promise<number[]> {
  return frame.evaluate(
    async ([label, values]) => {
      const select = (
        label
          ? document.getElementById(
              [...document.querySelectorAll('label')].find((l) => l.textContent === label)!.htmlFor
            )
          : document.getElementById('bench-plain-select')
      ) as HTMLSelectElement
      const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!
      const times: number[] = []
      for (const v of values) {
        const start = performance.now()
        set.call(select, v)
        select.dispatchEvent(new Event('change', { bubbles: true }))
        void document.body.offsetHeight
        times.push(performance.now() - start)
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      }
      return times
    },
    [label, values] as const
  )
}

export async function gitHealth(browser: Browser) {
  const latency = 100
  const n = QUICK ? 40 : 1000
  const perProject = 20
  console.log(
    `Git health, ${n} projects x ${perProject} branches, ${latency} ms per call (first API call to the table complete)`
  )
  const e = await emulator({ seed: `health:${n}`, latencyMs: latency }, undefined, true)
  try {
    const { page, frame } = await open(browser, e, '/git')
    await watch(frame, 'health', HEALTH_DONE)
    const done = await markTime(frame, 'health', 300_000)
    const calls = await apiCalls(page)
    const ms = done - calls[0]!.at
    // The floor: the list, then one round trip per MAX_READS_IN_FLIGHT projects (each project's
    // branches and state are read together, in one round trip).
    const floor = latency * (1 + Math.ceil(n / IN_FLIGHT))
    add(
      `git health ${n}x${perProject}, ${latency} ms, vs latency floor`,
      ms,
      floor,
      'ms',
      QUICK ? null : 1.25
    )
    // The same reads sent straight to the host, with no extension (what the transport and the fake
    // cost on this machine now, load included): the list, then every project's two reads with
    // IN_FLIGHT projects at a time. Shown beside the floor, not budgeted.
    const list = calls.findIndex((c) => /\/projects$/.test(c.path.split('?')[0]!))
    const reads = calls.filter((c) =>
      /\/projects\/[^/]+\/(git_branches|current_workspace)/.test(c.path)
    )
    if (list >= 0 && reads.length > 0) {
      const transport = await replay(page, calls[list]!, reads[0]!, reads.slice(1), IN_FLIGHT * 2)
      add(`git health ${n}x${perProject}, ${latency} ms, vs transport`, ms, transport, 'ms', null)
      details.gitHealth = { ms, floor, transport, calls: calls.length }
    }

    // Filtering: age, kind and project changes, against the same changes of a plain select.
    const ages = ['any', '30', '365', '90', 'any', '180', '90']
    const kinds = ['personal', 'all', 'shared', 'production', 'all']
    await frame.evaluate(() => {
      const plain = document.createElement('select')
      plain.id = 'bench-plain-select'
      for (const v of ['any', '30', '365', '90', '180', 'all', 'personal', 'shared', 'production'])
        plain.add(new Option(v, v))
      document.body.prepend(plain)
    })
    const floorTimes = await changeSelect(frame, null, [...ages, ...kinds])
    await frame.evaluate(() => document.getElementById('bench-plain-select')!.remove())
    const times = [
      ...(await changeSelect(frame, 'Age', ages)),
      ...(await changeSelect(frame, 'Kind', kinds)),
    ]
    add('git health filter change, median', median(times), median(floorTimes), 'ms', 16, true)
    details.gitHealthFilterMs = times.map((t) => +t.toFixed(1))
    await page.context().close()
  } finally {
    await e.close()
  }
}

/**
 * What the benchmark needs from a browser: headless Chromium (Debian's, as the browser flows use),
 * a page that records, inside the extension frame, the first animation frame in which a condition
 * holds, and in the host page every API call the extension asked it to make.
 */
import { chromium, type Browser, type CDPSession, type Frame, type Page } from 'playwright-core'
import { CHROMIUM_FLAGS } from '../e2e/browser'

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  })
}

/** One API call the extension made through the host (`INVOKE_CORE_SDK`), as the host page saw it. */
export interface ApiCall {
  at: number
  method: string
  path: string
  /** The request to the host, as sent (to replay it). */
  body: string
  /** When the host's answer arrived (Date.now()): its headers, as fetch resolves. */
  answeredAt?: number
  /** When the host page had read and parsed the answer's body (`response.json()`). */
  parsedAt?: number
}

/** A `MessagePort.postMessage` in the host page (chatty's channel to the frame): when, how long. */
export interface PortPost {
  at: number
  ms: number
}

/** A message the extension frame received on a MessagePort (chatty's channel from the host). */
export interface PortMessage {
  at: number
  /** Reading `event.data` the first time: Chromium deserializes the message then. */
  deserializeMs: number
  /** chatty's handler and what it runs synchronously. */
  handlerMs: number
}

declare global {
  interface Window {
    __benchMarks?: Record<string, number>
    __benchWatch?: (name: string, check: () => boolean) => void
    __benchStopWatching?: () => void
    __benchCalls?: ApiCall[]
    __benchKeys?: number[]
    __benchClick?: number
    __benchLongTasks?: Array<{ at: number; ms: number }>
    __benchPosts?: PortPost[]
    __benchMessages?: PortMessage[]
  }
}

/**
 * Runs in every document before its scripts. In the extension frame: a requestAnimationFrame loop
 * that stamps (Date.now(), the clock node shares) the first frame where each watched condition
 * holds. In the host page: a wrapper of fetch that logs every `/__host/invoke` (the extension's
 * own API calls; the host's own reads go elsewhere). Plain JavaScript in a string: functions
 * passed from here would carry the helpers tsx adds to named functions.
 */
/** Every row of the projects table shows its state: the summary counts none still loading. */
export const SUMMARY_DONE = `(() => {
  const text = document.querySelector('[aria-label="Summary"]')?.textContent ?? ''
  return /^\\d[\\d,]* projects?:/.test(text) && !text.includes('still loading')
})()`

const INSTRUMENT = `(() => {
  if (location.pathname.endsWith('/frame.html')) {
    const marks = {}
    const checks = {
      summary: () => (${SUMMARY_DONE}),
      workspace: () =>
        /production|development|dev$/i.test(
          document.querySelector('[aria-label="Current workspace"]')?.textContent ?? ''
        ),
    }
    window.__benchMarks = marks
    window.__benchWatch = (name, check) => {
      delete marks[name]
      checks[name] = check
    }
    // A figure that watches the page itself stops this loop, so the measuring costs it nothing.
    let watching = true
    window.__benchStopWatching = () => (watching = false)
    const tick = () => {
      for (const name of Object.keys(checks)) {
        if (!(name in marks) && checks[name]()) marks[name] = Date.now()
      }
      if (watching) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
    window.__benchLongTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ at: performance.timeOrigin + e.startTime, ms: e.duration })
    }).observe({ entryTypes: ['longtask'] })
    // Each message received on a port (chatty's channel): when, its deserialization, its handler.
    // The last 100 only: a page load of 1,000 projects receives a message per read, and every
    // entry kept would be counted in the frame's heap as the app's (the heap figure).
    window.__benchMessages = []
    const onmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')
    Object.defineProperty(MessagePort.prototype, 'onmessage', {
      configurable: true,
      enumerable: true,
      get() { return onmessage.get.call(this) },
      set(handler) {
        onmessage.set.call(this, typeof handler !== 'function' ? handler : function (event) {
          const t0 = performance.timeOrigin + performance.now()
          void event.data
          const t1 = performance.timeOrigin + performance.now()
          try {
            return handler.call(this, event)
          } finally {
            const t2 = performance.timeOrigin + performance.now()
            if (window.__benchMessages.push({ at: t0, deserializeMs: t1 - t0, handlerMs: t2 - t1 }) > 100) window.__benchMessages.shift()
          }
        })
      },
    })
    window.__benchKeys = []
    document.addEventListener('keydown', (event) => {
      const t0 = event.timeStamp
      requestAnimationFrame(() => setTimeout(() => window.__benchKeys.push(performance.now() - t0)))
    }, true)
  } else if (location.pathname.startsWith('/extensions/')) {
    const calls = []
    window.__benchCalls = calls
    const original = window.fetch.bind(window)
    window.fetch = (input, init) => {
      if (String(input).includes('/__host/invoke')) {
        const body = JSON.parse(String(init?.body ?? '{}'))
        const call = { at: Date.now(), method: body.httpMethod ?? '?', path: body.path ?? '?', body: String(init.body) }
        calls.push(call)
        return original(input, init).then((r) => {
          call.answeredAt = Date.now()
          const json = r.json.bind(r)
          r.json = () => json().then((v) => {
            call.parsedAt = Date.now()
            return v
          })
          return r
        })
      }
      return original(input, init)
    }
    // Each postMessage on a port (chatty's channel to the frame): the structured clone is in it.
    window.__benchPosts = []
    const post = MessagePort.prototype.postMessage
    MessagePort.prototype.postMessage = function (...args) {
      const t0 = performance.timeOrigin + performance.now()
      try {
        return post.apply(this, args)
      } finally {
        if (window.__benchPosts.push({ at: t0, ms: performance.timeOrigin + performance.now() - t0 }) > 100) window.__benchPosts.shift()
      }
    }
  }
})()`

export async function newPage(browser: Browser): Promise<Page> {
  // ignoreHTTPSErrors: the emulator's HTTP/2 mode has a self-signed certificate.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
  })
  await context.addInitScript(INSTRUMENT)
  return context.newPage()
}

/** The extension's frame (it appears once the host page has created it). */
export async function extensionFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 600; i++) {
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))
    if (frame) return frame
    await page.waitForTimeout(10)
  }
  throw new Error('no extension frame')
}

/**
 * Watches `condition` (JavaScript source of an expression over `document`) as mark `name`, from
 * now on (a mark of that name is forgotten).
 */
export async function watch(frame: Frame, name: string, condition: string): Promise<void> {
  await frame.evaluate(`window.__benchWatch(${JSON.stringify(name)}, () => (${condition}))`)
}

/** The time of the first frame where mark `name` held; waits up to `timeoutMs`. */
export async function markTime(frame: Frame, name: string, timeoutMs: number): Promise<number> {
  const handle = await frame.waitForFunction(
    `window.__benchMarks?.[${JSON.stringify(name)}]`,
    null,
    {
      timeout: timeoutMs,
      polling: 50,
    }
  )
  return (await handle.jsonValue()) as number
}

export async function apiCalls(page: Page): Promise<ApiCall[]> {
  return page.evaluate(() => window.__benchCalls?.slice() ?? [])
}

/**
 * The transport floor: `first`, then `second`, then `rest` with `inFlight` at a time, sent by the
 * host page straight to the host (no extension, no rendering). Milliseconds.
 */
export async function replay(
  page: Page,
  first: ApiCall,
  second: ApiCall,
  rest: ApiCall[],
  inFlight: number
): Promise<number> {
  // Source text, not a function: tsx would add its helpers to the named functions inside.
  const calls = JSON.stringify({
    first: first.body,
    second: second.body,
    rest: rest.map((c) => c.body),
  })
  return page.evaluate(`(async () => {
    const { first, second, rest } = ${calls}
    const send = (body) =>
      fetch('/__host/invoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        .then((r) => r.text())
    const start = Date.now()
    await send(first)
    await send(second)
    let next = 0
    const lane = async () => {
      while (next < rest.length) await send(rest[next++])
    }
    await Promise.all(Array.from({ length: ${inFlight} }, lane))
    return Date.now() - start
  })()`) as Promise<number>
}

/**
 * The transport floor of work done in phases: each phase's calls with its `inFlight` at a time,
 * one phase after the other, sent by the host page straight to the host. Milliseconds.
 */
export async function replayPhases(
  page: Page,
  phases: Array<{ calls: ApiCall[]; inFlight: number }>
): Promise<number> {
  const plan = JSON.stringify(
    phases.map((p) => ({ bodies: p.calls.map((c) => c.body), inFlight: p.inFlight }))
  )
  return page.evaluate(`(async () => {
    const phases = ${plan}
    const send = (body) =>
      fetch('/__host/invoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        .then((r) => r.text())
    const start = Date.now()
    for (const { bodies, inFlight } of phases) {
      let next = 0
      const lane = async () => {
        while (next < bodies.length) await send(bodies[next++])
      }
      await Promise.all(Array.from({ length: inFlight }, lane))
    }
    return Date.now() - start
  })()`) as Promise<number>
}

export async function clearApiCalls(page: Page): Promise<void> {
  await page.evaluate(() => window.__benchCalls?.splice(0))
}

/** A CDP session on the extension frame's renderer (its own target if out of process). */
export async function frameSession(page: Page, frame: Frame): Promise<CDPSession> {
  try {
    return await page.context().newCDPSession(frame)
  } catch {
    return page.context().newCDPSession(page)
  }
}

/** Used JS heap after a full garbage collection, in bytes. */
export async function usedHeap(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage')
  const { usedSize } = await session.send('Runtime.getHeapUsage')
  return usedSize
}

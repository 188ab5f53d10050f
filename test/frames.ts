/**
 * Animation frames a spec runs itself (jsdom's would run on its own timer): `use()` sends every
 * `requestAnimationFrame` to the spec's queue, `paint()` runs what was requested so far, `none()`
 * takes requestAnimationFrame away (a browser without frames), `restore()` puts jsdom's back.
 */
export function specFrames() {
  const win = window as { requestAnimationFrame?: (run: FrameRequestCallback) => number }
  const original = win.requestAnimationFrame
  let queued: FrameRequestCallback[] = []
  return {
    /** The frame callbacks requested and not yet run. */
    queued: () => queued,
    use() {
      queued = []
      win.requestAnimationFrame = (run) => queued.push(run)
    },
    none() {
      delete win.requestAnimationFrame
    },
    restore() {
      queued = []
      win.requestAnimationFrame = original
    },
    /** The browser paints: every frame callback requested so far runs. */
    paint() {
      const run = queued
      queued = []
      for (const f of run) f(0)
    },
  }
}

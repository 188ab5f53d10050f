/**
 * Many reads at once, shown in batches: the overview's project states and the git health page's
 * branch lists share the limit and the batching.
 */

/** At most this many reads of a many-project page in flight: Looker rate-limits every endpoint. */
export const MAX_READS_IN_FLIGHT = 8

/**
 * While reads are still outstanding, answers are shown at most this often: a render (and the
 * style and layout after it) holds the frame's only thread, and the answers that arrive meanwhile
 * wait with it, and so do the reads they free. Ten updates a second still looks live.
 */
const BATCH_MS = 100

/** `requestAnimationFrame`, or a frame's worth of timeout where there is none (jsdom). */
const nextFrame: (run: () => void) => void =
  typeof requestAnimationFrame === 'function'
    ? (run) => void requestAnimationFrame(run)
    : (run) => void setTimeout(run, 16)

/**
 * Gathers answers and shows them together: `schedule` commits once, in an animation frame, at
 * least BATCH_MS after the last commit, however often it is called meanwhile (so never more than
 * one commit per frame); `now` commits at once (the last answer: nothing more to wait for);
 * `cancel` drops a pending commit. Never commits inside the caller's own task: the answer that
 * schedules has freed its next read first (a microtask).
 */
export function renderBatcher(flush: () => void) {
  let timer: ReturnType<typeof setTimeout> | null = null
  let framed = false
  let last = -Infinity
  let generation = 0
  const cancel = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    framed = false
    generation += 1
  }
  const now = () => {
    cancel()
    flush()
    last = Date.now()
  }
  return {
    schedule() {
      if (timer !== null || framed) return
      const gen = generation
      timer = setTimeout(
        () => {
          timer = null
          framed = true
          nextFrame(() => {
            if (gen === generation && framed) now()
          })
        },
        Math.max(0, last + BATCH_MS - Date.now())
      )
    },
    now,
    cancel,
  }
}

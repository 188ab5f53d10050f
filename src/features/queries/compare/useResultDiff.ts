import { useEffect, useMemo, useState } from 'react'
import type { Row } from '../../../looker'
import { afterPaint } from '../../../shared/afterPaint'
import { timed } from '../../../shared/userTiming'
import type { Column } from '../columns'
import { diffInSteps, type ResultDiff } from './diff'

/** Rows matched before the first paint: a screenful of the table and the chart, with room. */
export const FIRST_ROWS = 100
/** Rows matched between two looks at the clock. */
const BATCH = 250
/** Work per task for the rest: well under a 50 ms long task, leaving frames for scrolling. */
const SLICE_MS = 8

/**
 * The diff of the two sides' rows, the first screenful at once and the rest in short tasks after
 * its paint (5,000 rows a side would otherwise hold the first paint). Until it is `complete` the rows
 * are those matched so far, and the counts are not the answer yet.
 */
export function useResultDiff(
  columns: Column[],
  production: Row[],
  development: Row[],
  tolerance: number
): ResultDiff {
  const steps = useMemo(
    () =>
      timed('workspace-switcher: diff', () => {
        const s = diffInSteps(columns, production, development, tolerance)
        s.step(FIRST_ROWS)
        return s
      }),
    [columns, production, development, tolerance]
  )
  const [batches, setBatches] = useState(0)
  useEffect(() => {
    if (steps.done) return undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    let cancelled = false
    const work = () => {
      timed('workspace-switcher: diff', () => {
        const until = performance.now() + SLICE_MS
        do steps.step(BATCH)
        while (!steps.done && performance.now() < until)
      })
      setBatches((n) => n + 1)
      if (!steps.done) timer = setTimeout(work)
    }
    // The rest starts once the first screenful is painted, so no batch can hold that paint.
    void afterPaint().then(() => {
      if (!cancelled) work()
    })
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [steps])
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a batch changes what `steps` holds
  return useMemo(() => steps.result(), [steps, batches])
}

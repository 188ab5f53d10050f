import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * Rows rendered above and below the visible ones once the rows are measured, so a small scroll
 * shows no gap. Few: every rendered row is laid out again on each scroll step (the table sizes
 * its columns from all of them), and a wheel step moves the window by more rows than this anyway.
 */
const OVERSCAN = 3
/** Before the first measurement, when the box's height is not known either: rows assumed in view. */
const ASSUMED_VISIBLE = 30
/**
 * Before the first measurement: a one-line row (small text, its padding and rules), in px, a
 * little less than it measures, so the rows assumed to fit do fill the box.
 */
const ASSUMED_ROW_PX = 24

interface Size {
  row: number
  viewport: number
}

/**
 * Windowing for a long table inside a scrolling box: which rows to render, and the heights of the
 * spacers above and below them. Rows are assumed to share one height (cells do not wrap), measured
 * from the first rendered row (`tbody > tr[aria-rowindex]`). The state is the first row in view,
 * not the scroll offset: a scroll that stays within one row renders nothing.
 *
 * The first screenful carries only the rows assumed in view (`assumedViewportPx`, the box's
 * height as far as it is known before it is drawn), no overscan, and nothing is measured
 * before it is painted: the rows are measured after that paint (the browser laid them out for it,
 * so reading their height forces no layout of its own), and the overscan comes one frame later.
 */
export function useWindow(rowCount: number, assumedViewportPx?: number) {
  const scroller = useRef<HTMLDivElement>(null)
  const [first, setFirst] = useState(0)
  const [size, setSize] = useState<Size | null>(null)
  const rowPx = useRef(0)
  rowPx.current = size?.row ?? 0

  useEffect(() => {
    const measure = () => {
      const el = scroller.current
      const row = el?.querySelector<HTMLElement>('tbody > tr[aria-rowindex]')
      // The row's exact height, not offsetHeight's whole pixels: half a pixel a row put the rows
      // shown 20 away from the scroll position 1,000 rows down.
      const measured = row?.getBoundingClientRect().height ?? 0
      const shown = el?.clientHeight ?? 0
      if (measured <= 0 || shown <= 0) return
      // The same size keeps the same state object: no render.
      setSize((s) =>
        s?.row === measured && s.viewport === shown ? s : { row: measured, viewport: shown }
      )
      // A scroll before the measurement could not say which row was in view.
      setFirst(Math.floor(el!.scrollTop / measured))
    }
    // The next frame's callbacks run before its paint; a task queued from there runs after it.
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(measure)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [rowCount])

  const onScroll = useCallback(() => {
    const top = scroller.current?.scrollTop ?? 0
    setFirst(rowPx.current > 0 ? Math.floor(top / rowPx.current) : 0)
  }, [])

  const visible = size
    ? Math.ceil(size.viewport / size.row)
    : assumedViewportPx
      ? Math.ceil(assumedViewportPx / ASSUMED_ROW_PX)
      : ASSUMED_VISIBLE
  const overscan = size ? OVERSCAN : 0
  const wanted = first - overscan
  // Clamped: after a filter shrinks the rows, the old scroll position may be past the end.
  const start = Math.max(0, Math.min(wanted, rowCount - visible - overscan))
  const end = Math.min(rowCount, start + visible + 2 * overscan)
  const rowHeight = size?.row ?? ASSUMED_ROW_PX
  return {
    scroller,
    onScroll,
    start,
    end,
    /** Heights of the space the unrendered rows take, above and below. */
    before: start * rowHeight,
    after: (rowCount - end) * rowHeight,
  }
}

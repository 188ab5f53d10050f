import { useCallback, useLayoutEffect, useRef, useState } from 'react'

/** Rows rendered above and below the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 10
/** Before the first measurement (and in jsdom, which lays nothing out): assumed rows in view. */
const ASSUMED_VISIBLE = 30

/**
 * Windowing for a long table inside a scrolling box: which rows to render, and the heights of the
 * spacers above and below them. Rows are assumed to share one height (cells do not wrap), measured
 * from the first rendered row.
 */
export function useWindow(rowCount: number) {
  const scroller = useRef<HTMLDivElement>(null)
  const firstRow = useRef<HTMLTableRowElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [rowHeight, setRowHeight] = useState(0)
  const [viewport, setViewport] = useState(0)

  // Measured once rows exist; the comparisons stop any update loop.
  useLayoutEffect(() => {
    const measured = firstRow.current?.offsetHeight ?? 0
    if (measured > 0 && measured !== rowHeight) setRowHeight(measured)
    const height = scroller.current?.clientHeight ?? 0
    if (height > 0 && height !== viewport) setViewport(height)
  }, [rowCount, rowHeight, viewport])

  const onScroll = useCallback(() => {
    setScrollTop(scroller.current?.scrollTop ?? 0)
  }, [])

  const visible = rowHeight > 0 && viewport > 0 ? Math.ceil(viewport / rowHeight) : ASSUMED_VISIBLE
  const wanted = rowHeight > 0 ? Math.floor(scrollTop / rowHeight) - OVERSCAN : 0
  // Clamped: after a filter shrinks the rows, the old scroll position may be past the end.
  const start = Math.max(0, Math.min(wanted, rowCount - visible - OVERSCAN))
  const end = Math.min(rowCount, start + visible + 2 * OVERSCAN)
  return {
    scroller,
    firstRow,
    onScroll,
    start,
    end,
    /** Heights of the space the unrendered rows take, above and below. */
    before: start * rowHeight,
    after: (rowCount - end) * rowHeight,
  }
}

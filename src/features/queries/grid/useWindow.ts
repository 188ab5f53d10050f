import { useCallback, useLayoutEffect, useRef, useState } from 'react'

/** Rows rendered above and below the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 10
/** Before the first measurement (and in jsdom, which lays nothing out): assumed rows in view. */
const ASSUMED_VISIBLE = 30

/**
 * Windowing for a long table inside a scrolling box: which rows to render, and the heights of the
 * spacers above and below them. Rows are assumed to share one height (cells do not wrap), measured
 * from the first rendered row (`tbody > tr[aria-rowindex]`). The state is the first row in view,
 * not the scroll offset: a scroll that stays within one row renders nothing.
 */
export function useWindow(rowCount: number) {
  const scroller = useRef<HTMLDivElement>(null)
  const [first, setFirst] = useState(0)
  const [rowHeight, setRowHeight] = useState(0)
  const [viewport, setViewport] = useState(0)
  const height = useRef(0)
  height.current = rowHeight

  // Measured once rows exist; the comparisons stop any update loop.
  useLayoutEffect(() => {
    const row = scroller.current?.querySelector<HTMLElement>('tbody > tr[aria-rowindex]')
    const measured = row?.offsetHeight ?? 0
    if (measured > 0 && measured !== rowHeight) setRowHeight(measured)
    const shown = scroller.current?.clientHeight ?? 0
    if (shown > 0 && shown !== viewport) setViewport(shown)
  }, [rowCount, rowHeight, viewport])

  const onScroll = useCallback(() => {
    const top = scroller.current?.scrollTop ?? 0
    setFirst(height.current > 0 ? Math.floor(top / height.current) : 0)
  }, [])

  const visible = rowHeight > 0 && viewport > 0 ? Math.ceil(viewport / rowHeight) : ASSUMED_VISIBLE
  const wanted = first - OVERSCAN
  // Clamped: after a filter shrinks the rows, the old scroll position may be past the end.
  const start = Math.max(0, Math.min(wanted, rowCount - visible - OVERSCAN))
  const end = Math.min(rowCount, start + visible + 2 * OVERSCAN)
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

import { useEffect, useRef, useState } from 'react'

/** Tables with more rows than this render only the rows in view (and a few around them). */
export const WINDOW_THRESHOLD = 100
/** Rows rendered above and below the viewport, so a fast scroll still finds rows painted. */
const OVERSCAN = 10

/**
 * Rows rendered before the first measurement: a viewport's worth and the overscan, which is what
 * a table at the top of the page needs, read without a layout (the table mounts while the first
 * answers are on their way, and every row mounted then delays them).
 */
function initialRows(rowHeight: number): number {
  const viewport = window.innerHeight || document.documentElement.clientHeight || 1000
  return Math.ceil(viewport / rowHeight) + OVERSCAN
}

export interface RowWindow {
  /** Put on the table body: the window is computed from its place in the viewport. */
  bodyRef: React.RefObject<HTMLTableSectionElement>
  /** Whether rows are windowed at all (more than WINDOW_THRESHOLD). */
  windowed: boolean
  start: number
  end: number
  /** Heights of the spacer rows that stand for the rows not rendered above and below. */
  before: number
  after: number
}

/**
 * Which of `count` rows to render: those in the frame's viewport plus OVERSCAN, when there are
 * more than WINDOW_THRESHOLD; all of them otherwise. The page itself scrolls (the table keeps its
 * header, its columns and its row semantics); rows not rendered are stood for by two spacer rows
 * of `rowHeight` each. `rowHeight` is the smallest a row gets: taller rows (an error with Retry)
 * only mean a few more rows rendered than needed.
 */
export function useWindowedRows(count: number, rowHeight: number): RowWindow {
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const windowed = count > WINDOW_THRESHOLD
  const [range, setRange] = useState(() => ({ start: 0, end: initialRows(rowHeight) }))

  useEffect(() => {
    if (!windowed) return
    const update = () => {
      const body = bodyRef.current
      if (!body) return
      const top = body.getBoundingClientRect().top
      const viewport = window.innerHeight || document.documentElement.clientHeight
      const start = Math.max(0, Math.floor(-top / rowHeight) - OVERSCAN)
      const end = Math.max(start + 1, Math.ceil((viewport - top) / rowHeight) + OVERSCAN)
      setRange((r) => (r.start === start && r.end === end ? r : { start, end }))
    }
    update()
    window.addEventListener('scroll', update, { passive: true })
    window.addEventListener('resize', update)
    return () => {
      window.removeEventListener('scroll', update)
      window.removeEventListener('resize', update)
    }
  }, [windowed, rowHeight, count])

  if (!windowed) return { bodyRef, windowed, start: 0, end: count, before: 0, after: 0 }
  const end = Math.min(count, range.end)
  const start = Math.min(range.start, Math.max(0, end - 1))
  return {
    bodyRef,
    windowed,
    start,
    end,
    before: start * rowHeight,
    after: (count - end) * rowHeight,
  }
}

// Stands in for @looker/components' Button / ButtonOutline inside a Tooltip, for bundle size: Tooltip kept popper, 11.4 KiB gzip with InlineField's label (docs/performance.md).
import React, { ReactNode, useLayoutEffect, useRef, useState } from 'react'
import styled from 'styled-components'
import { Button, ButtonOutline, VisuallyHidden } from '@looker/components'

let nextId = 0

/** Props of {@link ReasonButton}. */
export interface ReasonButtonProps {
  children: ReactNode
  /** Why the action is not allowed; in a tooltip and announced with the button. Null: allowed. */
  reason: string | null
  /** An action is running: the button does nothing until it ends (no reason is shown). */
  busy?: boolean
  /** A destructive action: outlined in the critical colour. */
  critical?: boolean
  onClick(): void
}

/**
 * A button that is either enabled or unavailable with its reason in a tooltip (as Looker does),
 * also linked by aria-describedby so it is announced; the page's banner says the page-wide reason
 * once, so the words are not repeated beside every button. Unavailable buttons use aria-disabled
 * rather than `disabled` so they stay focusable: keyboard and screen-reader users can reach them and hear why, and focus is not lost
 * when a click makes the button busy. The tooltip is drawn here, not by components' Tooltip: that
 * one (with IconButton's and Truncate's) kept popper in the bundle, 8 KiB gzip with its overlay.
 */
export function ReasonButton({
  children,
  reason,
  busy = false,
  critical = false,
  onClick,
}: ReasonButtonProps) {
  const id = useRef(`reason-${++nextId}`).current
  const [tip, setTip] = useState(false)
  const tipRef = useRef<HTMLSpanElement>(null)
  useLayoutEffect(() => {
    const el = tipRef.current
    if (el) keepInView(el)
  }, [tip, reason])
  const Component = critical ? ButtonOutline : Button
  const unavailable = reason !== null || busy
  const button = (
    <Component
      size="small"
      color={critical ? 'critical' : undefined}
      aria-disabled={unavailable}
      aria-describedby={reason ? id : undefined}
      style={unavailable ? { opacity: 0.5, cursor: 'not-allowed' } : undefined}
      onClick={() => {
        if (!unavailable) onClick()
      }}
    >
      {children}
    </Component>
  )
  return (
    <Wrap
      onMouseEnter={() => setTip(true)}
      onMouseLeave={() => setTip(false)}
      onFocus={() => setTip(true)}
      onBlur={() => setTip(false)}
      // Dismissed without moving the pointer or focus (WCAG 1.4.13).
      onKeyDown={(e) => e.key === 'Escape' && setTip(false)}
    >
      {button}
      {reason && tip && (
        <Tip ref={tipRef} role="tooltip">
          {reason}
        </Tip>
      )}
      {reason && <VisuallyHidden id={id}>{reason}</VisuallyHidden>}
    </Wrap>
  )
}

/** Moves a shown tooltip inside the frame: sideways by what sticks out, below the button if
 * there is no room above it (what popper's preventOverflow and flip did for components' Tooltip). */
function keepInView(el: HTMLElement) {
  const r = el.getBoundingClientRect()
  const width = document.documentElement.clientWidth
  // A little room from the frame's edge, as popper's preventOverflow keeps (its padding).
  const room = 8
  const dx = r.left < room ? room - r.left : Math.min(0, width - room - r.right)
  el.style.transform = `translateX(calc(-50% + ${dx}px))`
  if (r.top < 0) el.dataset.below = 'true'
}

// components' Tooltip surface (inverse colours, medium radius, xsmall centred text, u2 padding,
// at most 16rem wide) above the button, where it stays inside a dialog's footer and a page's
// scrolling areas, below it at the frame's top edge.
const Wrap = styled.span`
  position: relative;
  display: inline-block;
  margin: 0 ${({ theme }) => theme.space.u2} ${({ theme }) => theme.space.u2} 0;
`

const Tip = styled.span`
  position: absolute;
  bottom: calc(100% + ${({ theme }) => theme.space.u2});
  left: 50%;
  transform: translateX(-50%);
  z-index: 1;
  width: max-content;
  max-width: 16rem;
  padding: ${({ theme }) => theme.space.u2};
  border-radius: ${({ theme }) => theme.radii.medium};
  box-shadow: ${({ theme }) => theme.elevations.plus1};
  background: ${({ theme }) => theme.colors.inverse};
  color: ${({ theme }) => theme.colors.inverseOn};
  font-size: ${({ theme }) => theme.fontSizes.xsmall};
  line-height: ${({ theme }) => theme.lineHeights.xsmall};
  text-align: center;
  overflow-wrap: anywhere;
  /* The pointer can move onto the tooltip without it closing (WCAG 1.4.13, hoverable): it is
     inside the wrapper, and this strip covers the gap between it and the button. */
  &::after {
    content: '';
    position: absolute;
    left: 0;
    right: 0;
    top: 100%;
    height: ${({ theme }) => theme.space.u2};
  }
  &[data-below='true'] {
    top: calc(100% + ${({ theme }) => theme.space.u2});
    bottom: auto;
  }
  &[data-below='true']::after {
    top: auto;
    bottom: 100%;
  }
`

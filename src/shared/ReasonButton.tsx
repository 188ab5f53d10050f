import React, { ReactNode, useRef } from 'react'
import { Box, Button, ButtonOutline, Span, Tooltip, VisuallyHidden } from '@looker/components'

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
 * once, so the words are not repeated beside every button. Unavailable buttons use aria-disabled rather than `disabled` so they stay
 * focusable: keyboard and screen-reader users can reach them and hear why, and focus is not lost
 * when a click makes the button busy.
 */
export function ReasonButton({
  children,
  reason,
  busy = false,
  critical = false,
  onClick,
}: ReasonButtonProps) {
  const id = useRef(`reason-${++nextId}`).current
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
    <Box display="inline-block" mr="xsmall" mb="xsmall">
      {/* Always there (disabled without a reason), so the button is never remounted and keeps
          focus; on a wrapper, since the tooltip would take over the button's aria-describedby. */}
      <Tooltip content={reason ?? ''} disabled={!reason}>
        <Span>{button}</Span>
      </Tooltip>
      {reason && <VisuallyHidden id={id}>{reason}</VisuallyHidden>}
    </Box>
  )
}

import React, { ReactNode, useRef } from 'react'
import { Box, Button, ButtonOutline, Span } from '@looker/components'

let nextId = 0

/** Props of {@link ReasonButton}. */
export interface ReasonButtonProps {
  children: ReactNode
  /** Why the action is not allowed; shown beside the button and announced with it. Null: allowed. */
  reason: string | null
  /** An action is running: the button does nothing until it ends (no reason is shown). */
  busy?: boolean
  /** A destructive action: outlined in the critical colour. */
  critical?: boolean
  onClick(): void
}

/**
 * A button that is either enabled or unavailable with its reason in words beside it, linked by
 * aria-describedby. Unavailable buttons use aria-disabled rather than `disabled` so they stay
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
  return (
    <Box mb="xsmall">
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
      {reason && (
        <Span id={id} fontSize="small" color="text2" ml="xsmall">
          {reason}
        </Span>
      )}
    </Box>
  )
}

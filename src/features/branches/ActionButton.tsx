import React, { useRef } from 'react'
import { Box, Button, ButtonOutline, Span } from '@looker/components'

let nextId = 0

interface Props {
  children: string
  /** Why the action is not allowed; shown beside the disabled button and announced with it. */
  reason: string | null
  busy?: boolean
  critical?: boolean
  onClick(): void
}

/** A git action: enabled, or disabled with its reason in words. */
export function ActionButton({ children, reason, busy = false, critical = false, onClick }: Props) {
  const id = useRef(`action-reason-${++nextId}`).current
  const Component = critical ? ButtonOutline : Button
  return (
    <Box mb="xsmall">
      <Component
        size="small"
        color={critical ? 'critical' : undefined}
        disabled={reason !== null || busy}
        aria-describedby={reason ? id : undefined}
        onClick={onClick}
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

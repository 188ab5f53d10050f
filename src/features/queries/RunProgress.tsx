import React, { useEffect, useState } from 'react'
import { ButtonOutline, Space, Span } from '@looker/components'
import { Loading } from '../../shared/AsyncContent'

/** Seconds since `startedAt`, ticking once a second. */
function useElapsed(startedAt: number): number {
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return Math.max(0, Math.floor((now - startedAt) / 1000))
}

/** A running query: what it is doing, for how long, and a Cancel that stops waiting at once. */
export function RunProgress({
  label,
  startedAt,
  onCancel,
}: {
  label: string
  startedAt: number
  onCancel(): void
}) {
  const elapsed = useElapsed(startedAt)
  return (
    <Space gap="small" my="small">
      <Loading label={label} />
      {/* role="timer": a named role (a plain span may not carry aria-label), and not announced. */}
      <Span role="timer" aria-label="Elapsed time" style={{ whiteSpace: 'nowrap' }}>
        {elapsed} s
      </Span>
      <ButtonOutline onClick={onCancel}>Cancel</ButtonOutline>
    </Space>
  )
}

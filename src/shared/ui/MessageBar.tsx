// Stands in for @looker/components' MessageBar, for bundle size: its dismiss IconButton, which no bar here shows, cost 1.7 KiB gzip (docs/performance.md).
import React, { ReactNode, useState } from 'react'
import styled from 'styled-components'
import { ButtonTransparent } from '@looker/components'

type Intent = 'critical' | 'warn' | 'inform'

/** Material's error, warning and info icons, as components' Status draws them. */
const ICONS: Record<Intent, [string, string]> = {
  critical: [
    'Error',
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z',
  ],
  warn: ['Warning', 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z'],
  inform: [
    'Inform',
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z',
  ],
}

/** Props of {@link MessageBar}. */
export interface MessageBarProps {
  intent: Intent
  children: ReactNode
  /** A text button after the message; clicking it hides the bar and calls `onPrimaryClick`. */
  primaryAction?: string
  onPrimaryClick?(): void
}

/**
 * components' MessageBar as this app uses it (an intent's icon and colour, an optional text
 * action), drawn once from the theme: its dismiss IconButton, which nothing here shows, kept the
 * tooltip library (popper) in the bundle. Same markup: a polite status with the icon's title.
 */
export function MessageBar({ intent, children, primaryAction, onPrimaryClick }: MessageBarProps) {
  const [shown, setShown] = useState(true)
  const [title, path] = ICONS[intent]
  if (!shown) return null
  return (
    <Bar role="status" aria-live="polite" data-intent={intent}>
      <svg viewBox="0 0 24 24" fill="currentColor" focusable="false" role="img">
        <title>{title}</title>
        <path d={path} />
      </svg>
      <div>{children}</div>
      {primaryAction && (
        <ButtonTransparent
          onClick={() => {
            setShown(false)
            onPrimaryClick?.()
          }}
        >
          {primaryAction}
        </ButtonTransparent>
      )}
    </Bar>
  )
}

// MessageBar's padding (medium by small), accent background, radius, text5 small text and the
// Status icon (medium size, the intent's colour).
const Bar = styled.div`
  display: flex;
  align-items: center;
  width: 100%;
  padding: ${({ theme }) => `${theme.space.u3} ${theme.space.u4}`};
  border-radius: ${({ theme }) => theme.radii.medium};
  color: ${({ theme }) => theme.colors.text5};
  font-size: ${({ theme }) => theme.fontSizes.small};
  ${({ theme }) =>
    (['critical', 'warn', 'inform'] as const).map(
      (i) => `&[data-intent='${i}'] { background: ${theme.colors[`${i}Accent`]}; }
      &[data-intent='${i}'] > svg { color: ${theme.colors[i]}; }`
    )}
  > svg {
    flex-shrink: 0;
    width: ${({ theme }) => theme.sizes.medium};
    height: ${({ theme }) => theme.sizes.medium};
  }
  > div {
    flex-grow: 1;
    padding: 0 ${({ theme }) => theme.space.u5};
  }
`

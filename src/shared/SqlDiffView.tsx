import React from 'react'
import styled from 'styled-components'
import { Box } from '@looker/components'
import type { SqlLine } from './lineDiff'

const STYLE: Record<SqlLine['kind'], { prefix: string; label?: string }> = {
  same: { prefix: '  ' },
  production: { prefix: '- ', label: 'only in production' },
  development: { prefix: '+ ', label: 'only in development' },
}

// Removed lines in the theme's critical tint, added ones in its positive tint, as a code review.
const Line = styled.li<{ $kind: SqlLine['kind'] }>`
  white-space: pre;
  background: ${({ theme, $kind }) =>
    $kind === 'production'
      ? theme.colors.criticalSubtle
      : $kind === 'development'
        ? theme.colors.positiveSubtle
        : 'transparent'};
`

/** The SQL of both modes, line by line, changed lines highlighted and labelled. */
export function SqlDiffView({
  lines,
  label = 'SQL differences',
}: {
  lines: SqlLine[]
  /** The list's accessible name (default "SQL differences"). */
  label?: string
}) {
  return (
    <Box
      as="ol"
      aria-label={label}
      p="small"
      m="none"
      bg="ui1"
      fontSize="xsmall"
      fontFamily="code"
      overflow="auto"
      style={{ listStyle: 'none' }}
    >
      {lines.map((line, i) => {
        const style = STYLE[line.kind]
        return (
          <Line
            key={i}
            aria-label={style.label ? `${style.label}: ${line.text}` : undefined}
            data-kind={line.kind}
            $kind={line.kind}
          >
            {style.prefix}
            {line.text}
          </Line>
        )
      })}
    </Box>
  )
}

import React from 'react'
import { Box } from '@looker/components'
import type { SqlLine } from './diff'

const STYLE: Record<SqlLine['kind'], { prefix: string; bg?: string; label?: string }> = {
  same: { prefix: '  ' },
  production: { prefix: '- ', bg: '#fde8e8', label: 'only in production' },
  development: { prefix: '+ ', bg: '#e6f6ea', label: 'only in development' },
}

/** The SQL of both modes, line by line, changed lines highlighted and labelled. */
export function SqlDiffView({ lines }: { lines: SqlLine[] }) {
  return (
    <Box
      as="ol"
      aria-label="SQL differences"
      p="small"
      m="none"
      bg="ui1"
      fontSize="small"
      style={{ listStyle: 'none', fontFamily: 'monospace', overflow: 'auto' }}
    >
      {lines.map((line, i) => {
        const style = STYLE[line.kind]
        return (
          <li
            key={i}
            aria-label={style.label ? `${style.label}: ${line.text}` : undefined}
            data-kind={line.kind}
            style={{ background: style.bg, whiteSpace: 'pre' }}
          >
            {style.prefix}
            {line.text}
          </li>
        )
      })}
    </Box>
  )
}

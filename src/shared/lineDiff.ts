/** SQL (or any text) compared line by line with jsdiff: production on one side, development on the other. */
import { diffLines } from 'diff'

export interface SqlLine {
  kind: 'same' | 'production' | 'development'
  text: string
}

/** The SQL of both modes as lines: shared, only in production, only in development. */
export function sqlDiff(production: string, development: string): SqlLine[] {
  const lines: SqlLine[] = []
  for (const part of diffLines(production, development)) {
    const kind = part.added ? 'development' : part.removed ? 'production' : 'same'
    const texts = part.value.replace(/\n$/, '').split('\n')
    for (const text of texts) lines.push({ kind, text })
  }
  return lines
}

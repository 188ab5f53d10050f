import type { RunMode } from '../../looker'
import { workspaceWords } from '../../shared/workspaceWords'

/** The label a result carries: which models it ran on (the same words as its WorkspaceBadge). */
export function modeLabel(mode: RunMode): 'Production' | 'Development' {
  return workspaceWords(mode).short
}

/** "not in production: a, b" — the plain words for fields missing from one mode. */
export function notInMode(mode: RunMode, fields: readonly string[]): string {
  return `not in ${workspaceWords(mode).models}: ${fields.join(', ')}`
}

/** "only in development: a, b" — fields one mode has and the other lacks. */
export function onlyIn(mode: RunMode, fields: readonly string[]): string {
  return `only in ${workspaceWords(mode).models}: ${fields.join(', ')}`
}

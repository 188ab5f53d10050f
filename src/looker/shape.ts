/**
 * Shape checks at the boundary: an answer that is not what the operation documents becomes an
 * ApiError naming the operation, what Looker answered (shortened) and what was expected.
 */
import { ApiError } from './ApiError'

function shown(value: unknown): string {
  let text: string
  try {
    text = value === undefined ? 'nothing' : JSON.stringify(value)
  } catch {
    text = String(value)
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

function unexpected(operation: string, value: unknown, expected: string): ApiError {
  return new ApiError(
    `Looker answered ${operation} with ${shown(value)} where ${expected} was expected.`,
    'unexpected'
  )
}

/** `value` as an array, e.g. `listOf(answer, 'all_projects', 'a list of projects')`. */
export function listOf<T>(value: T[], operation: string, expected: string): T[] {
  if (!Array.isArray(value)) throw unexpected(operation, value, expected)
  return value
}

/** `value` as a plain object, e.g. `objectOf(answer, 'session', 'a session')`. */
export function objectOf<T>(value: T, operation: string, expected: string): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw unexpected(operation, value, expected)
  }
  return value
}

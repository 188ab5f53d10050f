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

/**
 * Which of a model's documented fields an answer must carry to be read as that model. Looker
 * sends every field of these models (null when empty), so an answer without any of them, or with
 * a list that is not a list, is not the model: a 200 from a proxy or a misbehaving Looker.
 */
export interface ModelFields {
  lists: string[]
  numbers: string[]
  booleans?: string[]
  others?: string[]
}

/**
 * `value` as the model named `expected`, e.g. a validation: an object carrying at least one of
 * `fields`, each list a list of objects and each number a number and each flag a boolean (null allowed, as Looker sends
 * it). Otherwise an ApiError that starts "Looker's answer could not be read".
 */
export function modelOf<T>(value: T, operation: string, expected: string, fields: ModelFields): T {
  const fail = () => {
    const e = unexpected(operation, value, expected)
    return new ApiError(`Looker's answer could not be read. ${e.message}`, 'unexpected')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail()
  const record = value as Record<string, unknown>
  const booleans = fields.booleans ?? []
  const all = [...fields.lists, ...fields.numbers, ...booleans, ...(fields.others ?? [])]
  if (!all.some((k) => k in record)) throw fail()
  for (const k of fields.lists) {
    const list = record[k]
    if (list == null) continue
    if (!Array.isArray(list) || list.some((e) => typeof e !== 'object' || e === null)) throw fail()
  }
  for (const k of fields.numbers) {
    if (record[k] != null && typeof record[k] !== 'number') throw fail()
  }
  for (const k of booleans) {
    if (record[k] != null && typeof record[k] !== 'boolean') throw fail()
  }
  return value
}

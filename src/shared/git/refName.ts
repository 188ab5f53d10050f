/**
 * git's branch-name rules (`git check-ref-format --branch`), checked before a name is sent to
 * Looker so a person sees why a name is refused without a round trip.
 */

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

// Characters git accepts that make a name display as another one (a delete dialog could then
// name a different branch than the one deleted): direction controls, zero-width characters, and
// spaces other than the plain one (which git refuses anyway).
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u180E]/
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

/** The length of `text` in UTF-8 (TextEncoder is missing from some environments, jsdom among them). */
function utf8Bytes(text: string): number {
  let bytes = 0
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  }
  return bytes
}

/** Refuses what git accepts but a reader could mistake for another name. */
function deceptiveReason(name: string): string | null {
  const bytes = utf8Bytes(name)
  if (bytes > 255) {
    return `A branch name can be at most 255 bytes (this one has ${bytes}): most file systems cannot store a longer ref.`
  }
  const bidi = BIDI.exec(name)
  if (bidi) {
    return `A branch name cannot contain a text direction control (${hex(bidi[0])}): it can make the name display as another one.`
  }
  const zero = ZERO_WIDTH.exec(name)
  if (zero) {
    return `A branch name cannot contain a zero-width character (${hex(zero[0])}): it is invisible, so two different names would look the same.`
  }
  const space = ODD_SPACE.exec(name)
  if (space) {
    return `A branch name cannot contain a non-breaking or unusual space (${hex(space[0])}): it looks like a space git would refuse.`
  }
  return null
}

/** Why `name` is not a valid git branch name, in plain words, or null when it is valid. */
export function invalidRefNameReason(name: string): string | null {
  if (name.length === 0) return 'Enter a branch name.'
  const deceptive = deceptiveReason(name)
  if (deceptive) return deceptive
  if (name === '@' || name === 'HEAD') return `A branch cannot be called "${name}".`
  if (name.startsWith('-')) return 'A branch name cannot start with "-".'
  if (name.startsWith('/')) return 'A branch name cannot start with "/".'
  if (name.endsWith('/')) return 'A branch name cannot end with "/".'
  if (name.endsWith('.')) return 'A branch name cannot end with ".".'
  if (name.endsWith('.lock')) return 'A branch name cannot end with ".lock".'
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(name)) return 'A branch name cannot contain control characters.'
  if (name.includes(' ')) return 'A branch name cannot contain spaces.'
  const bad = /[~^:?*[\\]/.exec(name)
  if (bad) return `A branch name cannot contain "${bad[0]}".`
  if (name.includes('..')) return 'A branch name cannot contain "..".'
  if (name.includes('//')) return 'A branch name cannot contain "//".'
  if (name.includes('@{')) return 'A branch name cannot contain "@{".'
  for (const part of name.split('/')) {
    if (part.startsWith('.')) return 'No part of a branch name (between "/") can start with ".".'
    if (part.endsWith('.lock'))
      return 'No part of a branch name (between "/") can end with ".lock".'
  }
  return null
}

/** The backup branch offered before a branch is deleted or reset: `backup/<branch>-<UTC minute>`. */
export function defaultBackupName(branch: string): string {
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')
  return `backup/${branch}-${stamp}`
}

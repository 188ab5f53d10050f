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
// Drawn as nothing or as a blank: the soft hyphen, Hangul fillers, the combining grapheme joiner,
// invisible operators, variation selectors and tag characters.
// The class lists combining and variation characters on their own, on purpose.
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180D\u180F\u2061-\u2064\u3164\uFE00-\uFE0F\uFFA0]|\uDB40[\uDC00-\uDDEF]/
// C1 controls (U+0080-U+009F, NEL among them): git refuses only the ASCII ones.
const C1_CONTROL = /[\u0080-\u009F]/

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
  const invisible = INVISIBLE.exec(name)
  if (invisible) {
    return `A branch name cannot contain an invisible character (${hex(invisible[0])}): two different names would look the same.`
  }
  const c1 = C1_CONTROL.exec(name)
  if (c1) {
    return `A branch name cannot contain a control character (${hex(c1[0])}): it is not shown, or breaks the line.`
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

const HIDDEN = new RegExp(
  [BIDI, ZERO_WIDTH, INVISIBLE, C1_CONTROL].map((r) => r.source).join('|'),
  'g'
)

/** A branch whose name shows as another's: `of` is that other name, `hidden` what is hidden. */
export interface Lookalike {
  of: string
  hidden: string
}

/**
 * Existing branches (made before these names were refused, or outside this app) whose names read
 * the same as another's once invisible characters are left out: each is mapped to the other name.
 */
export function lookalikes(names: readonly string[]): Map<string, Lookalike> {
  const groups = new Map<string, string[]>()
  for (const name of names) {
    const shown = name.replace(HIDDEN, '')
    groups.set(shown, [...(groups.get(shown) ?? []), name])
  }
  const found = new Map<string, Lookalike>()
  for (const [shown, group] of groups) {
    if (group.length < 2) continue
    for (const name of group) {
      if (name === shown) continue
      const of = group.includes(shown) ? shown : group.find((n) => n !== name)!
      const hidden = [...new Set(name.match(HIDDEN))].map(hex).join(', ')
      found.set(name, { of, hidden })
    }
  }
  return found
}

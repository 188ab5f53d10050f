/**
 * git's branch-name rules (`git check-ref-format --branch`), checked before a name is sent to
 * Looker so a person sees why a name is refused without a round trip.
 */

/** Why `name` is not a valid git branch name, in plain words, or null when it is valid. */
export function invalidRefNameReason(name: string): string | null {
  if (name.length === 0) return 'Enter a branch name.'
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

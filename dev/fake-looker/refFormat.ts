/** `git check-ref-format --branch` rules, so branch names the fake accepts are ones git accepts. */

/** Why `name` is not a valid git branch name, or null when it is. */
export function invalidBranchReason(name: string): string | null {
  if (name.length === 0) return 'must not be empty'
  if (name === '@' || name === 'HEAD') return `"${name}" is reserved`
  if (name.startsWith('-')) return 'must not start with "-"'
  // eslint-disable-next-line no-control-regex -- git forbids control characters; that is the rule
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name)) {
    return 'must not contain spaces, control characters or any of ~ ^ : ? * [ \\'
  }
  if (name.includes('..')) return 'must not contain ".."'
  if (name.includes('@{')) return 'must not contain "@{"'
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
    return 'must not start or end with "/" or contain "//"'
  }
  if (name.endsWith('.')) return 'must not end with "."'
  for (const part of name.split('/')) {
    if (part.startsWith('.')) return 'no path component may start with "."'
    if (part.endsWith('.lock')) return 'no path component may end with ".lock"'
  }
  return null
}

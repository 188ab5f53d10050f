/**
 * Which documentation links from Looker's error bodies become links: only https addresses on
 * Looker's documentation hosts (https://cloud.google.com/looker/docs/..., and docs.looker.com on
 * older instances). A `documentation_url` is data from the server; anything else (javascript:,
 * data:, another host) is shown as text.
 */
const DOC_HOSTS: Record<string, (path: string) => boolean> = {
  'cloud.google.com': (path) => path.startsWith('/looker/'),
  'docs.looker.com': () => true,
  'help.looker.com': () => true,
}

export function isLookerDocumentationUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false
  const pathOk = DOC_HOSTS[parsed.hostname]
  return pathOk !== undefined && pathOk(parsed.pathname)
}

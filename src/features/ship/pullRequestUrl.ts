/**
 * Where to open a pull request for `branch` into `base`, from the project's git remote: the
 * compare page of GitHub, GitLab or Bitbucket, else the remote itself (as https when it is one).
 */
export interface PullRequestLink {
  url: string
  /** The git host's name, or null when only the remote's address is known. */
  host: 'GitHub' | 'GitLab' | 'Bitbucket' | null
}

/** `git@host:owner/repo.git`, `ssh://git@host/owner/repo.git`, `https://host/owner/repo(.git)`. */
function parseRemote(remote: string): { host: string; path: string } | null {
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(remote)
  if (scp) return { host: scp[1]!, path: scp[2]! }
  const url = /^(?:ssh|https?):\/\/(?:[^@/]+@)?([\w.-]+)(?::\d+)?\/(.+?)(?:\.git)?\/?$/.exec(remote)
  if (url) return { host: url[1]!, path: url[2]! }
  return null
}

const enc = encodeURIComponent

export function pullRequestLink(remote: string, branch: string, base: string): PullRequestLink {
  const parsed = parseRemote(remote)
  if (parsed) {
    const repo = `https://${parsed.host}/${parsed.path}`
    if (parsed.host === 'github.com') {
      return { url: `${repo}/compare/${enc(base)}...${enc(branch)}?expand=1`, host: 'GitHub' }
    }
    if (parsed.host === 'gitlab.com') {
      const q = `merge_request%5Bsource_branch%5D=${enc(branch)}&merge_request%5Btarget_branch%5D=${enc(base)}`
      return { url: `${repo}/-/merge_requests/new?${q}`, host: 'GitLab' }
    }
    if (parsed.host === 'bitbucket.org') {
      return {
        url: `${repo}/pull-requests/new?source=${enc(branch)}&dest=${enc(base)}`,
        host: 'Bitbucket',
      }
    }
    return { url: repo, host: null }
  }
  return { url: remote, host: null }
}

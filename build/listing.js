// Addresses derived from package.json's `repository`, never invented: the repository's web page
// (the About panel's changelog link) and the Marketplace listing's icon (`npm run release`).
const HOSTS = [
  // https or git+https URLs, and npm's shorthand for GitHub ("owner/name", "github:owner/name").
  {
    pattern: /^(?:(?:git\+)?https:\/\/github\.com\/|github:)?([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/,
    web: (repo) => `https://github.com/${repo}`,
    raw: (repo, ref, file) => `https://raw.githubusercontent.com/${repo}/${ref}/${file}`,
  },
  {
    pattern: /^(?:git\+)?https:\/\/gitlab\.com\/(.+?)(?:\.git)?\/?$/,
    web: (repo) => `https://gitlab.com/${repo}`,
    raw: (repo, ref, file) => `https://gitlab.com/${repo}/-/raw/${ref}/${file}`,
  },
]

/** package.json's `repository` as a URL string, or undefined when it has none. */
function repositoryUrl(pkg) {
  const repository = pkg.repository
  return typeof repository === 'string' ? repository : repository?.url
}

function parse(repository) {
  for (const host of HOSTS) {
    const match = host.pattern.exec(repository ?? '')
    if (match) return { host, repo: match[1] }
  }
  return null
}

/** The repository's web address (https://github.com/owner/name), or null when unknown. */
function repositoryWebUrl(repository) {
  const parsed = parse(repository)
  return parsed ? parsed.host.web(parsed.repo) : null
}

/** The icon's address at `ref`; throws when the repository is missing or on an unknown host. */
function imageUri(repository, ref) {
  if (!repository)
    throw new Error('package.json has no "repository": add the repository the listing points at')
  const parsed = parse(repository)
  if (!parsed)
    throw new Error(
      `No raw-file address known for ${repository}: use a https://github.com or https://gitlab.com URL`
    )
  return parsed.host.raw(parsed.repo, ref, 'docs/icon.svg')
}

module.exports = { imageUri, repositoryUrl, repositoryWebUrl }

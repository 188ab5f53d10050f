// The Marketplace listing's icon address, from package.json's `repository` (never invented): the
// raw docs/icon.svg at the release tag, which stays what it was when the listing was published.
const HOSTS = [
  [
    /^(?:git\+)?https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/,
    (repo, ref) => `https://raw.githubusercontent.com/${repo}/${ref}/docs/icon.svg`,
  ],
  // npm's shorthand for GitHub: "owner/name" or "github:owner/name".
  [
    /^(?:github:)?([\w.-]+\/[\w.-]+)$/,
    (repo, ref) => `https://raw.githubusercontent.com/${repo}/${ref}/docs/icon.svg`,
  ],
  [
    /^(?:git\+)?https:\/\/gitlab\.com\/(.+?)(?:\.git)?\/?$/,
    (repo, ref) => `https://gitlab.com/${repo}/-/raw/${ref}/docs/icon.svg`,
  ],
]

/** package.json's `repository` as a URL string, or undefined when it has none. */
function repositoryUrl(pkg) {
  const repository = pkg.repository
  return typeof repository === 'string' ? repository : repository?.url
}

/** The icon's address at `ref`; throws when the repository is missing or on an unknown host. */
function imageUri(repository, ref) {
  if (!repository)
    throw new Error('package.json has no "repository": add the repository the listing points at')
  for (const [pattern, address] of HOSTS) {
    const match = pattern.exec(repository)
    if (match) return address(match[1], ref)
  }
  throw new Error(
    `No raw-file address known for ${repository}: use a https://github.com or https://gitlab.com URL`
  )
}

module.exports = { imageUri, repositoryUrl }

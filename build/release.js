// The pure steps of `npm run release -- <version>` (scripts/release.mjs), kept apart to be tested.

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/

function compareVersions(a, b) {
  const [x, y] = [SEMVER.exec(a), SEMVER.exec(b)]
  for (let i = 1; i <= 3; i++) if (+x[i] !== +y[i]) return +x[i] - +y[i]
  // A pre-release comes before its release (1.0.0-rc.1 < 1.0.0).
  return (a.includes('-') ? 0 : 1) - (b.includes('-') ? 0 : 1)
}

/**
 * Why `next` cannot be released after `current` (package.json's version), or null. The current
 * version itself is allowed while it has no tag: the first release prepared by hand (1.0.0).
 */
function versionProblem(next, current, tagExists) {
  if (!next) return 'Say which version: npm run release -- <version>, e.g. 1.0.1'
  if (!SEMVER.test(next)) return `"${next}" is not a semantic version (MAJOR.MINOR.PATCH)`
  if (tagExists) return `v${next} is already tagged`
  if (compareVersions(next, current) < 0)
    return `${next} is older than package.json's version ${current}`
  return null
}

/**
 * CHANGELOG.md (Keep a Changelog) with the Unreleased section's entries moved under
 * `## [version] - date`, an empty Unreleased above it, and the compare links updated when the
 * repository's web address is known. Throws when Unreleased is missing or empty.
 */
function moveUnreleased(text, version, date, repository) {
  const heading = /^## \[Unreleased\][^\n]*\n/m.exec(text)
  if (!heading) throw new Error('CHANGELOG.md has no "## [Unreleased]" section')
  const start = heading.index + heading[0].length
  const next = text.slice(start).search(/^## |^\[[^\]]+\]: /m)
  const end = next === -1 ? text.length : start + next
  const entries = text.slice(start, end).trim()
  if (!entries)
    throw new Error('Nothing under "## [Unreleased]" in CHANGELOG.md: say what changed first')
  let out = `${text.slice(0, start)}\n## [${version}] - ${date}\n\n${entries}\n\n` + text.slice(end)
  if (repository) {
    out = out.replace(/^\[Unreleased\]: [^\n]*\n?/m, '').replace(/\n*$/, '\n')
    const previous = /^\[(\d[^\]]*)\]: /m.exec(out)?.[1]
    const link = previous
      ? `${repository}/compare/v${previous}...v${version}`
      : `${repository}/releases/tag/v${version}`
    out = out.replace(
      /(\n\[\d[^\]]*\]: [^\n]*\n)|$/,
      (first = '') =>
        `\n[Unreleased]: ${repository}/compare/v${version}...HEAD\n[${version}]: ${link}${first}`
    )
  }
  return out.replace(/\n{3,}/g, '\n\n')
}

module.exports = { compareVersions, moveUnreleased, versionProblem }

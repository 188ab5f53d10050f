/**
 * What Looker's Marketplace says when it refuses an install (docs/marketplace-install.md lists
 * the sources). The envelope and the bad-ref text are Looker's own, as users quoted them; the
 * other reasons are ours, in the same envelope, where no quoted text was found.
 */

/** An install Looker would refuse; `message` is what the admin reads. */
export class InstallRefusal extends Error {
  override name = 'InstallRefusal'
}

const PREFIX = 'Could not install listing: '

/** Looker's wrapper for a project it could not load from the repository. */
function unloadable(repository: string, inner: string): InstallRefusal {
  return new InstallRefusal(
    `${PREFIX}Unable to load marketplace project. Invalid target uri: ${repository}. ` +
      `Original Message: ${inner}. Check your manifest.`
  )
}

/** Quoted from looker-open-source/block-cortex-sap issue 26 (ref '2ee4e8f'). */
export const badRef = (repository: string, ref: string) =>
  unloadable(
    repository,
    `Error resolving prototype. Problem cloning remote dependency: Initial checkout from ref: '${ref}' failed. Make sure your ref is a valid commit sha.`
  )

/** Quoted shape from looker-open-source/admin_power_pack issue 16. */
export const cloneFailed = (repository: string, detail: string) =>
  unloadable(
    repository,
    `Error resolving prototype. Problem cloning remote dependency: ${detail || 'No message available'}`
  )

const short = (sha: string) => sha.slice(0, 7)

export const missingFile = (file: string, sha: string) =>
  new InstallRefusal(`${PREFIX}${file} not found at commit ${short(sha)}.`)

export const unreadable = (file: string, sha: string, why: string) =>
  new InstallRefusal(`${PREFIX}${file} at commit ${short(sha)} cannot be read: ${why}.`)

export const noModel = (sha: string) =>
  new InstallRefusal(
    `${PREFIX}the project at commit ${short(sha)} has no model file. A Marketplace project needs at least one (*.model.lkml).`
  )

export const missingModel = (model: string, sha: string) =>
  new InstallRefusal(
    `${PREFIX}model "${model}" in marketplace.json has no ${model}.model.lkml at commit ${short(sha)}.`
  )

export const missingApplicationFile = (application: string, file: string, sha: string) =>
  new InstallRefusal(
    `${PREFIX}application ${application} loads file "${file}", which commit ${short(sha)} does not have.`
  )

export const noApplicationFile = (application: string) =>
  new InstallRefusal(
    `${PREFIX}application ${application} has no file: (a Marketplace extension is served from its repository, not from a url:).`
  )

export const unfilledConstant = (label: string, name: string) =>
  new InstallRefusal(`${PREFIX}${label} (${name}) is required.`)

export const unknownConnection = (value: string, connections: string[]) =>
  new InstallRefusal(
    `${PREFIX}there is no connection named "${value}". Choose one of: ${connections.join(', ')}.`
  )

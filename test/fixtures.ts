/** Domain objects for unit tests of pure code and single components (no fake Looker needed). */
import type { Branch } from '../src/looker'

/** A shared branch, local and pushed, up to date with its remote; override what a test needs. */
export function branchFixture(over: Partial<Branch> = {}): Branch {
  return {
    name: 'feature/x',
    isCurrent: false,
    isProduction: false,
    isPersonal: false,
    isReadOnly: false,
    isLocal: true,
    isRemote: true,
    ahead: 0,
    behind: 0,
    commitAt: null,
    ref: 'abc',
    remoteRef: 'abc',
    message: null,
    ownerName: null,
    error: null,
    can: {},
    ...over,
  }
}

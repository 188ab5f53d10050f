/**
 * Who may do what to which branch, as reasons a person can read. Null means "allowed here";
 * Looker still decides, and its refusal is shown. The `can` maps are followed where Looker
 * gives them (they are often empty: docs/looker-api-behaviour.md "can maps").
 */
import {
  isPossiblyDirty,
  type Branch,
  type CurrentUser,
  type GitState,
  type Project,
  type WorkspaceId,
} from '../../looker'
import { plural } from '../format'

export interface GitAccess {
  project: Project
  workspaceId: WorkspaceId
  /** Null while the user's roles are unknown. */
  user: CurrentUser | null
  /** Why writes wait: a visit holds the session in the other workspace (state/putBack). */
  visit?: string | null
}

/** Looker's `is_git_dev_locked`: its only words are "the project git repository is locked". */
export const GIT_LOCKED_REASON =
  'Looker reports this project’s development git repository as locked: every git action fails until it is unlocked.'

/** Why nothing in this project can be changed from here, or null. */
export function readOnlyReason({ project, workspaceId, user, visit }: GitAccess): string | null {
  if (!project.usesGit) return 'This project does not use git.'
  if (project.isGitDevLocked) return GIT_LOCKED_REASON
  if (visit) return visit
  if (user && user.canDevelop === false) {
    return 'Your Looker roles do not include the "develop" permission, so you can look at branches but not change them.'
  }
  if (workspaceId !== 'dev') {
    return 'Production Mode is read-only: turn on Development Mode to change branches.'
  }
  if (project.can.update === false) return 'Looker does not let you change this project.'
  return null
}

/** Why `branch` cannot be checked out. */
export function switchReason(ctx: GitAccess, branch: Branch): string | null {
  const blocked = readOnlyReason(ctx)
  if (blocked) return blocked
  if (branch.isCurrent) return 'This is already the current branch.'
  if (branch.isProduction) {
    return 'In Development Mode Looker does not check out the production branch: it silently checks out your personal branch instead.'
  }
  if (branch.isReadOnly) return 'This branch is read-only for you.'
  if (branch.can.checkout === false || branch.can.update === false) {
    return 'Looker does not let you check out this branch.'
  }
  return null
}

/** Why `branch` cannot be deleted. */
export function deleteReason(ctx: GitAccess, branch: Branch): string | null {
  const blocked = readOnlyReason(ctx)
  if (blocked) return blocked
  if (branch.isCurrent) return 'You cannot delete the branch you are on: switch to another first.'
  if (branch.isProduction) return 'The production branch cannot be deleted.'
  if (branch.isPersonal) return 'Personal branches cannot be deleted.'
  if (branch.isReadOnly) return 'This branch is read-only for you.'
  if (branch.can.destroy === false || branch.can.delete === false) {
    return 'Looker does not let you delete this branch.'
  }
  return null
}

/** Why the current branch cannot be reset (to its remote or to production). */
export function resetReason(
  ctx: GitAccess,
  current: Branch | null,
  to: 'remote' | 'production'
): string | null {
  const blocked = readOnlyReason(ctx)
  if (blocked) return blocked
  if (!current) return 'Looker reports no current branch.'
  if (current.isReadOnly) return 'The current branch is read-only for you.'
  if (to === 'remote' && !current.isRemote) {
    return 'This branch was never pushed: there is no remote branch to reset to.'
  }
  return null
}

/**
 * Why "Pull" is not offered. Looker's API has no pull (merge): the only way to bring in remote
 * commits is to reset to the remote, which also drops local commits and uncommitted changes. So
 * Pull is offered only when that reset loses nothing (a fast-forward); otherwise the person is
 * sent to "Reset to remote" and its safeguards.
 */
export function pullReason(ctx: GitAccess, current: Branch | null, git: GitState): string | null {
  const blocked = resetReason(ctx, current, 'remote')
  if (blocked || !current) return blocked
  if (git.kind === 'unknown') {
    return `Looker reports "${git.lookerStatus ?? ''}", which may mean uncommitted changes that pulling would discard: use Reset to remote to see what would be lost.`
  }
  if (isPossiblyDirty(git)) {
    return 'You have uncommitted changes that pulling would discard: use Reset to remote to see what would be lost.'
  }
  if ((current.ahead ?? 0) > 0) {
    return `This branch has ${plural(current.ahead!, 'commit')} not on the remote that pulling would discard: use Reset to remote to see what would be lost.`
  }
  if ((current.behind ?? 0) === 0) return 'Already up to date with the remote.'
  return null
}

/** What a reset or a pull would do to the current branch, in plain words: pure, shared by the dialogs and the actions. */
import { isPossiblyDirty, type Branch, type GitState, type ProjectState } from '../../looker'
import { plural } from '../../shared/format'

export type ResetTarget = 'remote' | 'production'

/** What a reset would throw away, in plain words; empty when nothing is lost. */
export function lossList(target: ResetTarget, current: Branch, git: GitState): string[] {
  const lost: string[] = []
  if (git.kind === 'unknown') {
    lost.push(`any uncommitted changes (Looker reports "${git.lookerStatus ?? ''}")`)
  } else if (isPossiblyDirty(git)) lost.push('your uncommitted changes')
  if (!current.isRemote) {
    lost.push('every commit on this branch: it was never pushed to the remote')
  } else if ((current.ahead ?? 0) > 0) {
    lost.push(`${plural(current.ahead!, 'commit')} not on the remote`)
  }
  if (target === 'production') {
    lost.push(
      'from this branch, every commit that is not in production (pushed commits stay on the remote)'
    )
  }
  return lost
}

/**
 * How the project's state differs from the one a person saw when they confirmed, or null when it
 * is the same: a different branch, commit, ahead/behind count or uncommitted changes.
 */
export function changeSince(seen: ProjectState, now: ProjectState): string | null {
  const a = seen.branch
  const b = now.branch
  if (!a || !b) return a === b ? null : 'Looker now reports a different branch'
  if (a.name !== b.name) return `Looker now reports ${b.name} as the current branch`
  if (a.ref !== b.ref || a.ahead !== b.ahead || a.behind !== b.behind) {
    return `${b.name} moved to another commit`
  }
  if (isPossiblyDirty(seen.git) !== isPossiblyDirty(now.git)) {
    return isPossiblyDirty(now.git) ? `${b.name} now has uncommitted changes` : `${b.name} changed`
  }
  return null
}

/** What a reset or a pull would do to the current branch, in plain words: pure, shared by the dialogs and the actions. */
import { isPossiblyDirty, type Branch, type GitState } from '../../looker'
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

/** The comparison every git write makes before sending (src/looker/asConfirmed.ts). */
export { changeSince } from '../../looker'

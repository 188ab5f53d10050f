/**
 * The one check before every write that acts on the checked-out branch (switch, create, delete,
 * pull, reset, deploy): Looker is read again right before sending, and nothing is sent unless the
 * session is still in Development Mode and the branch is as the person saw it when they
 * confirmed. Other tabs, Looker's IDE, its VS Code extension and MCP tools move the branch (and
 * leave Development Mode) behind the page.
 */
import { ApiError } from './ApiError'
import { isPossiblyDirty } from './gitState'
import type { Branch, ProjectState } from './projectTypes'
import type { ProjectsApi } from './projects'
import type { SessionApi } from './session'

/**
 * How the project's state differs from the one a person saw when they confirmed, or null when it
 * is the same: a different branch, commit, ahead/behind count or uncommitted changes.
 */
export function changeSince(seen: ProjectState, now: ProjectState): string | null {
  const a = seen.branch
  const b = now.branch
  if (!a || !b) {
    if (a === b) return null
    return b ? `Looker now reports ${b.name} as the current branch` : 'Looker now reports no branch'
  }
  if (a.name !== b.name) return `Looker now reports ${b.name} as the current branch`
  if (a.ref !== b.ref || a.ahead !== b.ahead || a.behind !== b.behind) {
    return `${b.name} moved to another commit`
  }
  if (isPossiblyDirty(seen.git) !== isPossiblyDirty(now.git)) {
    return isPossiblyDirty(now.git) ? `${b.name} now has uncommitted changes` : `${b.name} changed`
  }
  return null
}

/** Nothing was sent: what Looker reports now is not what the person confirmed. */
export class NotAsConfirmed extends ApiError {
  constructor(message: string) {
    super(message, 'unexpected')
  }
}

export interface Confirmed {
  /** The project state the person saw when they confirmed. */
  state: ProjectState
  /** Another branch the write acts on (the one to delete), as the person saw it. */
  branch?: Branch
  /**
   * Only the branch's name must be the same (a pull: it checks what would be lost itself, and a
   * new commit on the remote is what it is for).
   */
  nameOnly?: boolean
}

/**
 * Re-reads the session and the project; throws `NotAsConfirmed`, naming what moved and ending
 * with `nothingDone` ("nothing was deployed"), unless both are as confirmed. Resolves with what
 * Looker reports now. Call it inside the session lock, right before the write.
 */
export async function stillAsConfirmed(
  api: Pick<ProjectsApi, 'getProjectState' | 'getBranches'> & Pick<SessionApi, 'getSession'>,
  projectId: string,
  confirmed: Confirmed,
  nothingDone: string
): Promise<ProjectState> {
  // In production Looker answers with production's branch: the session is read first.
  const session = await api.getSession()
  if (session.workspaceId !== 'dev') {
    throw new NotAsConfirmed(
      `Your session left Development Mode since you confirmed (Looker now reports production), ${nothingDone}.`
    )
  }
  const other = confirmed.branch
  const read = other ? await api.getBranches(projectId) : null
  const now = read ? read.state : await api.getProjectState(projectId)
  const sameName = confirmed.state.branch?.name === now.branch?.name
  const change = confirmed.nameOnly && sameName ? null : changeSince(confirmed.state, now)
  if (change) {
    throw new NotAsConfirmed(
      `The branch changed since you confirmed (${change}), ${nothingDone}. Check it and try again.`
    )
  }
  if (other && read) {
    const found = read.branches.find((b) => b.name === other.name)
    const moved = !found
      ? `Looker no longer lists ${other.name}`
      : // Without a commit on the page there is nothing to compare but the name.
        other.ref !== null && found.ref !== other.ref
        ? `${other.name} moved to another commit`
        : null
    if (moved) {
      throw new NotAsConfirmed(
        `The branch changed since you confirmed (${moved}), ${nothingDone}. Check it and try again.`
      )
    }
  }
  return now
}

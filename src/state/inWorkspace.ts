import { ApiError, type WorkspaceId } from '../looker'
import type { LockedSession } from './workspace'

const NAMES: Record<WorkspaceId, string> = { production: 'production', dev: 'Development Mode' }

/**
 * Runs `work` with the session in `to`, from a session known to be in `from`, and puts the session
 * back in `from` afterwards, also when the work fails. Call it inside `exclusive`, so no other
 * switch interleaves. Resolves with the work's answer; `switched` says whether it had to switch.
 */
export async function inWorkspace<T>(
  session: LockedSession,
  { from, to }: { from: WorkspaceId; to: WorkspaceId },
  work: () => Promise<T>
): Promise<{ value: T; switched: boolean }> {
  if (from === to) return { value: await work(), switched: false }
  try {
    const answer = await session.switchTo(to)
    if (answer.workspaceId !== to) {
      throw new ApiError(`Looker kept the session in ${NAMES[answer.workspaceId]}.`, 'looker')
    }
    return { value: await work(), switched: true }
  } finally {
    // Re-read first: the switch may have been refused, or another tab may have switched back.
    const now = await session.readSession()
    if (now.workspaceId !== from) await session.switchTo(from)
  }
}

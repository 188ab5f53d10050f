/** The one place that names a workspace: every screen takes its words from here. */
import type { WorkspaceId } from '../looker'

interface Words {
  /** Inside a sentence: "the session is in Development Mode", "in production". */
  sentence: string
  /** Standing alone, e.g. a switch's label: "Development Mode", "Production". */
  title: string
  /** On a badge or a result's label: "Development", "Production". */
  short: 'Development' | 'Production'
  /** The models a workspace runs: "development", "production". */
  models: 'development' | 'production'
}

const WORDS: Record<WorkspaceId, Words> = {
  dev: {
    sentence: 'Development Mode',
    title: 'Development Mode',
    short: 'Development',
    models: 'development',
  },
  production: {
    sentence: 'production',
    title: 'Production',
    short: 'Production',
    models: 'production',
  },
}

export const workspaceWords = (id: WorkspaceId): Words => WORDS[id]

/** The other workspace: where a switch or a visit goes. */
export const otherWorkspace = (id: WorkspaceId): WorkspaceId =>
  id === 'dev' ? 'production' : 'dev'

/** Why a write is unavailable while a visit holds the session in the other workspace. */
export function visitReason(visit: { from: WorkspaceId; to: WorkspaceId; by: string }): string {
  const { from, to, by } = visit
  return `Unavailable while the ${by} visits ${WORDS[to].sentence}: the session comes back to ${WORDS[from].sentence} when it ends.`
}

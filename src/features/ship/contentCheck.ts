/**
 * Content that would break: Looker's content validator in production and on the branch, from one
 * lock on the session (it validates against the session's workspace, so the session visits
 * production and is put back). Only problems new on the branch count.
 */
import type { ContentProblem, ContentValidation, LookerApi } from '../../looker'
import type { PutBack } from '../../state/putBack'
import type { WorkspaceState } from '../../state/workspace'
import { otherWorkspace, workspaceWords } from '../../shared/workspaceWords'

export interface BrokenContent {
  /** Looks and tiles with errors on the branch that production does not have. */
  broken: ContentProblem[]
  /** Broken in production already (not caused by the branch). */
  alreadyBroken: number
  looksValidated: number
  tilesValidated: number
}

const signature = (p: ContentProblem) => `${p.key}|${p.errors.map((e) => e.message).join('|')}`

export async function findBrokenContent(
  api: LookerApi,
  exclusive: WorkspaceState['exclusive'],
  putBack: PutBack,
  projectId: string,
  progress: (text: string) => void
): Promise<BrokenContent> {
  const both = await exclusive(async (session) => {
    const { workspaceId } = await session.readSession()
    progress(`Validating content in ${workspaceWords(workspaceId).sentence}`)
    const here = await api.validateContent([projectId])
    const other = otherWorkspace(workspaceId)
    progress(`Validating content in ${workspaceWords(other).sentence}`)
    const visit = { from: workspaceId, to: other, by: 'content validation' } as const
    const { value: there } = await putBack.inWorkspace(session, visit, () =>
      api.validateContent([projectId])
    )
    return workspaceId === 'dev'
      ? { dev: here, production: there }
      : { dev: there, production: here }
  })
  return compareContent(both.production, both.dev)
}

export function compareContent(
  production: ContentValidation,
  dev: ContentValidation
): BrokenContent {
  const before = new Set(production.problems.map(signature))
  const broken = dev.problems.filter((p) => !before.has(signature(p)))
  return {
    broken,
    alreadyBroken: dev.problems.length - broken.length,
    looksValidated: dev.looksValidated,
    tilesValidated: dev.tilesValidated,
  }
}

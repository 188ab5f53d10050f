/** Shared by the git write handlers: the dev-mode gate and ref resolution. */
import type { HandlerContext } from '../context'
import { FakeApiError } from '../errors'
import { ensureClone } from '../gitViews'
import type { DevClone, ProjectRecord } from '../model'
import { visibleProject } from './projects'

/** The project and the caller's dev clone, or the refusal Looker gives outside dev mode. */
export function devContext(ctx: HandlerContext): { project: ProjectRecord; clone: DevClone } {
  const project = visibleProject(ctx)
  if (!project.usesGit) throw new FakeApiError(400, `Project ${project.id} does not use git`)
  if (ctx.workspace !== 'dev') {
    throw new FakeApiError(
      400,
      "Only allowed in development mode. Call update_session to select the 'dev' workspace."
    )
  }
  // Looker says only "the project git repository is locked" (Project.is_git_dev_locked); the
  // refusal's status and words are the fake's.
  if (ctx.options.behaviour.gitDevLocked.includes(project.id) || project.gitDevLocked) {
    throw new FakeApiError(422, 'Git repository is locked')
  }
  return { project, clone: ensureClone(ctx.state, ctx.user, project) }
}

/** A sha for a branch, `origin/<branch>`, or a full or abbreviated commit sha; else 422. */
export function resolveRef(project: ProjectRecord, clone: DevClone, ref: string): string {
  if (ref.startsWith('origin/') && project.remote[ref.slice(7)])
    return project.remote[ref.slice(7)]!
  const named = clone.local[ref] ?? project.remote[ref]
  if (named) return named
  if (/^[0-9a-f]{4,40}$/.test(ref)) {
    const hits = Object.keys(project.commits).filter((sha) => sha.startsWith(ref))
    if (hits.length === 1) return hits[0]!
  }
  throw new FakeApiError(422, `Invalid ref: ${ref} cannot be resolved to a commit`)
}

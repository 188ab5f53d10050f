/**
 * What a user sees in a workspace: the LookML of every project (from `LookmlSource`), model and
 * explore lookup (404 when absent, as Looker answers for a dev-only explore from production), and
 * running a compiled query on the demo database.
 */
import type { WorkspaceId } from '../types'
import { FakeApiError } from '../errors'
import { compileQuery, type QueryBody, type CompileOptions } from './compile'
import { runSql } from './db'
import type { Execution } from './formats'
import { exploreContext, type ExploreContext } from './resolve'
import type { LookmlModelDef, LookmlProject, LookmlSource } from './types'
import { lookmlFor } from './variants'

export interface LiveProject {
  project: LookmlProject
  dirty: boolean
}

/** Every project's LookML for this user and workspace, in the source's order. */
export function liveProjects(
  source: LookmlSource,
  userId: string,
  workspace: WorkspaceId
): LiveProject[] {
  return source.liveVariants(userId, workspace).map((v) => ({
    project: lookmlFor(v.variantKey, v.projectId),
    dirty: v.dirty ?? false,
  }))
}

/** One project's live LookML; 404 when the source does not list it. */
export function liveProject(
  source: LookmlSource,
  userId: string,
  workspace: WorkspaceId,
  projectId: string
): LiveProject {
  const found = liveProjects(source, userId, workspace).find(
    (p) => p.project.projectId === projectId
  )
  if (!found) throw new FakeApiError(404, "The resource you're looking for could not be found")
  return found
}

/** Models by name; when two projects define one name, the first project listed wins. */
export function liveModels(
  source: LookmlSource,
  userId: string,
  workspace: WorkspaceId
): Array<{ project: LookmlProject; model: LookmlModelDef }> {
  const seen = new Set<string>()
  const out: Array<{ project: LookmlProject; model: LookmlModelDef }> = []
  for (const { project } of liveProjects(source, userId, workspace)) {
    for (const model of project.models) {
      if (seen.has(model.name)) continue
      seen.add(model.name)
      out.push({ project, model })
    }
  }
  return out
}

/** The explore `model::explore` in this workspace; 404 naming what is missing. */
export function findExplore(
  source: LookmlSource,
  userId: string,
  workspace: WorkspaceId,
  modelName: string,
  exploreName: string
): ExploreContext {
  const found = liveModels(source, userId, workspace).find((m) => m.model.name === modelName)
  if (!found) throw new FakeApiError(404, `Model "${modelName}" not found`)
  const explore = found.model.explores.find((e) => e.name === exploreName)
  if (!explore)
    throw new FakeApiError(404, `Explore "${exploreName}" not found in model "${modelName}"`)
  return exploreContext(found.project, found.model, explore)
}

/**
 * Compiles and (unless only SQL is wanted) runs `body`. Compile errors throw `FakeApiError`;
 * a database error is returned in `dbError` so each format can answer it its own way.
 */
export async function execute(
  ctx: ExploreContext,
  body: QueryBody,
  opts: CompileOptions & { sqlOnly?: boolean; queryId?: string | null }
): Promise<Execution> {
  const compiled = compileQuery(ctx, body, opts)
  const ranAt = new Date()
  const started = Date.now()
  let rows = null
  let dbError: string | null = null
  if (!opts.sqlOnly) {
    try {
      rows = await runSql(compiled.sql)
    } catch (e) {
      dbError = e instanceof Error ? e.message : String(e)
    }
  }
  const runtimeSeconds = (Date.now() - started) / 1000
  return { ctx, compiled, rows, dbError, ranAt, runtimeSeconds, queryId: opts.queryId ?? null }
}

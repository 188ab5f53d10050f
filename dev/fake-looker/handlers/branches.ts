/**
 * Git branches (docs/looker-api-behaviour.md "Sessions, branches and the rest"): list, read, find, create (checks out; pushed or not by version), update
 * (checkout; with `ref` a hard reset that is force-pushed and answers the pre-reset branch),
 * delete. Writes need a dev session; production is read-only. Whether a new branch is pushed
 * depends on the version (`createBranch` knob).
 */
import type { HandlerContext, HandlerTable } from '../context'
import { FakeApiError } from '../errors'
import { currentBranch, devBranchView, listBranches, personalOwner } from '../gitViews'
import { personalBranchName, type DevClone, type ProjectRecord } from '../model'
import { invalidBranchReason } from '../refFormat'
import { devContext, resolveRef } from './devContext'
import { visibleProject } from './projects'

function conflict(clone: DevClone): FakeApiError {
  const files = clone.dirty!.files.join('\n')
  return new FakeApiError(
    422,
    `JGIT Checkout Branch failed: Checkout conflict with files: \n${files}`
  )
}

/** Checks `name` out (creating the local branch from origin when needed). */
function checkout(clone: DevClone, project: ProjectRecord, name: string): void {
  if (name === clone.current) return
  if (clone.dirty) throw conflict(clone)
  clone.local[name] ??= project.remote[name]!
  clone.current = name
}

function writeBody(ctx: HandlerContext): { name?: string; ref?: string } {
  const body = (ctx.body ?? {}) as { name?: unknown; ref?: unknown }
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined)
  return { name: text(body.name), ref: text(body.ref) }
}

function updateBranch(ctx: HandlerContext) {
  const { project, clone } = devContext(ctx)
  const body = writeBody(ctx)
  let name = body.name ?? clone.current
  // Checking out the production branch in dev lands on the personal branch (spectacles #346).
  if (name === project.productionBranch) name = personalBranchName(ctx.user)
  const before = devBranchView(project, clone, ctx.user, name)
  if (!before) throw new FakeApiError(404, `Branch ${name} not found`)
  if (!body.ref) {
    checkout(clone, project, name)
    return { body: devBranchView(project, clone, ctx.user, name) }
  }
  if (before.readonly) throw new FakeApiError(422, `Branch ${name} is read-only`)
  const sha = resolveRef(project, clone, body.ref)
  checkout(clone, project, name)
  // git reset --hard, then force-push: the answer is the branch as it was before (observed).
  clone.local[name] = sha
  clone.dirty = null
  project.remote[name] = sha
  return { body: before }
}

function createBranch(ctx: HandlerContext) {
  const { project, clone } = devContext(ctx)
  const { name, ref } = writeBody(ctx)
  if (!name) {
    throw new FakeApiError(422, 'Validation Failed', [
      { field: 'name', code: 'missing', message: 'A branch name is required' },
    ])
  }
  const reason = invalidBranchReason(name)
  if (reason) {
    throw new FakeApiError(422, 'Validation Failed', [
      {
        field: 'name',
        code: 'invalid',
        message: `'${name}' is not a valid branch name: ${reason}`,
      },
    ])
  }
  if (clone.local[name] !== undefined || project.remote[name] !== undefined) {
    throw new FakeApiError(409, `Branch ${name} already exists`)
  }
  if (clone.dirty) {
    throw new FakeApiError(
      422,
      'Commit or discard your uncommitted changes before creating a branch'
    )
  }
  const sha = ref ? resolveRef(project, clone, ref) : clone.local[clone.current]!
  const mode = ctx.options.behaviour.createBranch
  if (mode === 'push-refused') {
    // git's refusal as Looker passed it on (spectacles #841, 2025); nothing is created.
    const remote = (project.remoteUrl ?? '').replace(/^git@/, '')
    throw new FakeApiError(
      422,
      `error: src refspec ${name} does not match any\nerror: failed to push some refs to '${remote}'\n`
    )
  }
  clone.local[name] = sha
  clone.current = name
  // 22.x left the new branch local only (recorded); newer Looker pushes it (reported).
  if (mode === 'push') project.remote[name] = sha
  return { body: devBranchView(project, clone, ctx.user, name) }
}

function deleteBranch(ctx: HandlerContext) {
  const { project, clone } = devContext(ctx)
  const name = ctx.params.branch_name!
  if (clone.local[name] === undefined && project.remote[name] === undefined) {
    throw new FakeApiError(404, `Branch ${name} not found`)
  }
  if (name === project.productionBranch) {
    throw new FakeApiError(422, `Cannot delete the production branch ${name}`)
  }
  if (name === clone.current) {
    throw new FakeApiError(422, `Cannot delete the current branch ${name}; check out another first`)
  }
  if (personalOwner(name)) throw new FakeApiError(422, `Cannot delete personal branch ${name}`)
  delete clone.local[name]
  delete project.remote[name]
  return { status: 204 }
}

function findBranch(ctx: HandlerContext) {
  const project = visibleProject(ctx)
  const name = ctx.params.branch_name
  const hit = listBranches(ctx.state, ctx.user, project, ctx.workspace).find((b) => b.name === name)
  if (!hit) throw new FakeApiError(404, `Branch ${name} not found`)
  return { body: hit }
}

export const branchHandlers: HandlerTable = {
  all_git_branches: (ctx) => ({
    body: listBranches(ctx.state, ctx.user, visibleProject(ctx), ctx.workspace),
  }),
  git_branch: (ctx) => ({
    body: currentBranch(ctx.state, ctx.user, visibleProject(ctx), ctx.workspace),
  }),
  find_git_branch: findBranch,
  update_git_branch: updateBranch,
  create_git_branch: createBranch,
  delete_git_branch: deleteBranch,
}

/**
 * Resets and deploys (docs/looker-api-behaviour.md "Sessions, branches and the rest"): `reset_project_to_remote`,
 * `reset_project_to_production`, `deploy_to_production`, `deploy_ref_to_production`.
 * All answer 204 with an empty body on success and 400 with a message otherwise.
 */
import type { HandlerContext, HandlerTable } from '../context'
import { FakeApiError } from '../errors'
import { devBranchView } from '../gitViews'
import { isAncestor } from '../model'
import { devContext, resolveRef } from './devContext'
import { visibleProject } from './projects'

function requireDeploy(ctx: HandlerContext): void {
  if (!ctx.permissions.has('deploy')) {
    throw new FakeApiError(400, 'Deploy permission required to deploy to production')
  }
}

function resetToRemote(ctx: HandlerContext) {
  const { project, clone } = devContext(ctx)
  const remote = project.remote[clone.current]
  if (remote === undefined) {
    throw new FakeApiError(422, `Branch ${clone.current} has no remote branch to reset to`)
  }
  clone.local[clone.current] = remote
  clone.dirty = null
  return { status: 204 }
}

/** Which branch is reset is unverified; the fake resets the current dev branch, locally only. */
function resetToProduction(ctx: HandlerContext) {
  const { project, clone } = devContext(ctx)
  const view = devBranchView(project, clone, ctx.user, clone.current)!
  if (view.readonly) throw new FakeApiError(422, `Branch ${clone.current} is read-only`)
  clone.local[clone.current] = project.production.sha
  clone.dirty = null
  return { status: 204 }
}

/** Push the current dev branch to the production branch (fast-forward only), then pull it. */
function deployToProduction(ctx: HandlerContext) {
  const { project, clone } = devContext(ctx)
  requireDeploy(ctx)
  if (project.pullRequestMode === 'required') {
    throw new FakeApiError(
      400,
      `Pull requests are required for ${project.id}: merge a pull request instead`
    )
  }
  if (clone.dirty)
    throw new FakeApiError(400, 'Commit or discard your uncommitted changes before deploying')
  const sha = clone.local[clone.current]!
  const prodSha = project.remote[project.productionBranch]!
  if (!isAncestor(project.commits, prodSha, sha)) {
    throw new FakeApiError(
      400,
      `Updates were rejected: ${clone.current} is not a fast-forward of ${project.productionBranch}`
    )
  }
  project.remote[project.productionBranch] = sha
  clone.local[project.productionBranch] = sha
  project.production = { name: project.productionBranch, sha }
  return { status: 204 }
}

/** Pull a branch or ref into production; a ref off the production branch shows `__LOOKER_PROD_<sha>`. */
function deployRef(ctx: HandlerContext) {
  const project = visibleProject(ctx)
  requireDeploy(ctx)
  if (!project.usesGit) throw new FakeApiError(400, `Project ${project.id} does not use git`)
  const { branch, ref } = ctx.query
  if (!branch === !ref) throw new FakeApiError(400, 'Give exactly one of branch or ref')
  let sha: string
  if (branch) {
    const found = project.remote[branch]
    if (found === undefined) throw new FakeApiError(400, `Branch ${branch} not found on the remote`)
    sha = found
  } else {
    sha = resolveRef(project, { current: '', local: {}, dirty: null }, ref!)
  }
  const onProduction = sha === project.remote[project.productionBranch]
  const name =
    branch === project.productionBranch || (onProduction && !project.gitReleaseMgmtEnabled)
      ? project.productionBranch
      : `__LOOKER_PROD_${sha}`
  project.production = { name, sha }
  return { status: 204 }
}

export const deployHandlers: HandlerTable = {
  reset_project_to_remote: resetToRemote,
  reset_project_to_production: resetToProduction,
  deploy_to_production: deployToProduction,
  deploy_ref_to_production: deployRef,
}

/** Whether this branch may be deployed from here, and why not: every reason, in plain words. */
import type { CurrentUser, GitState } from '../../looker'
import type { CheckStatus } from '../../shared/checkTypes'
import { GIT_LOCKED_REASON } from '../../shared/git/permissions'
import type { ShipProject } from './useShipProject'
import { productionHead } from './useShipProject'

export type DeployRoute =
  /** Pull requests are required: no deploy from here, a pull request instead. */
  { kind: 'pullRequest' } | { kind: 'deploy'; reasons: string[] }

const GIT_REASONS: Partial<Record<GitState['kind'], string>> = {
  uncommitted: 'The branch has uncommitted changes: commit or discard them in the IDE first.',
  conflict: 'The branch has a merge conflict: resolve it in the IDE first.',
  behind: 'The branch is behind its remote: pull first.',
  diverged: 'The branch and its remote have diverged: reconcile them first.',
  localOnly: 'The branch is not on the remote: push it first.',
}

export function deployRoute(
  p: ShipProject,
  user: CurrentUser,
  validation: CheckStatus
): DeployRoute {
  if (p.project.pullRequestMode === 'required') return { kind: 'pullRequest' }
  const reasons: string[] = []
  if (!user.canDeploy) {
    reasons.push(
      'Your Looker roles do not include the deploy permission: ask a Looker admin, or someone who has it, to deploy.'
    )
  }
  const branch = p.state.branch
  if (!p.project.usesGit || !branch) reasons.push('This project does not use git.')
  else if (branch.isProduction)
    reasons.push('You are on the production branch: switch to the branch to deploy.')
  // A deploy is a git write too (Looker pushes the branch to production).
  if (p.project.isGitDevLocked) reasons.push(GIT_LOCKED_REASON)
  const git = GIT_REASONS[p.state.git.kind]
  if (git) reasons.push(git)
  if (branch?.ref && branch.ref === productionHead(p)) {
    reasons.push('Production already runs this commit: there is nothing to deploy.')
  }
  if (p.project.validationRequired && validation !== 'passed') {
    const why =
      validation === 'stale'
        ? 'the last LookML validation ran on an older commit'
        : validation === 'failed'
          ? 'the LookML validation failed'
          : 'the LookML has not been validated on this commit'
    reasons.push(`This project requires LookML validation to pass before a deploy, and ${why}.`)
  }
  return { kind: 'deploy', reasons }
}

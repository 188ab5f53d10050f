import type { Branch } from '../../looker'

/** What deleting a branch removes, and where, from the branches Looker listed. */
export interface DeleteScope {
  /** Where Looker deletes it, in one sentence. */
  where: string
  /** Another branch whose head is this branch's head: every commit is kept there. */
  keptOn: string | null
  /** Its commits may exist nowhere else: ask for the typed name and offer a backup. */
  atRisk: boolean
  losses: string[]
}

/**
 * `delete_git_branch` deletes the branch from the developer's copy and from the remote. Looker
 * gives no commit graph, so the one proof that no commit is lost is another branch with the same
 * head commit; anything else is treated as work that could be lost for good.
 */
export function deleteScope(branch: Branch, branches: readonly Branch[]): DeleteScope {
  const { name } = branch
  const where =
    branch.isLocal && branch.isRemote
      ? `Looker deletes ${name} from your development copy and from the remote repository.`
      : branch.isLocal
        ? `Looker deletes ${name} from your development copy. It is not on the remote repository, so nothing is deleted there.`
        : `Looker deletes ${name} from the remote repository. It is not in your development copy.`
  const head = branch.ref ?? branch.remoteRef
  const keptOn =
    (head &&
      branches.find((b) => b.name !== name && (b.ref === head || b.remoteRef === head))?.name) ||
    null
  const unpushed = branch.isLocal && (branch.ahead ?? 0) > 0 ? ` (${branch.ahead} not pushed)` : ''
  return {
    where,
    keptOn,
    atRisk: keptOn === null,
    losses: keptOn === null ? [`every commit that is only on ${name}${unpushed}`] : [],
  }
}

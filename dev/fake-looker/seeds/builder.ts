/** Small helpers the seeds use to grow deterministic git histories. */
import { addCommit, personalBranchName, type DevClone, type ProjectRecord } from '../model'
import { findUser } from './users'

/** 2025-11-20T00:00:00Z: seeded commits happen before it, the fake's own commits after. */
export const SEED_EPOCH = 1763596800
const DAY = 86400

/**
 * How far answers move every commit date forward: whole days from SEED_EPOCH to today, so the
 * seeds' present is the day the fake runs. A branch seeded 200 days old is 200 days old on any
 * day (the git health page's age filter keeps and drops the same branches), and the shas, made
 * from the seeded dates, stay the same.
 */
export const SEED_AGE_SHIFT = Math.max(0, Math.floor((Date.now() / 1000 - SEED_EPOCH) / DAY)) * DAY

export interface ProjectOptions {
  usesGit?: boolean
  pullRequestMode?: ProjectRecord['pullRequestMode']
  validationRequired?: boolean
  allowWarnings?: boolean
  gitReleaseMgmtEnabled?: boolean
  productionBranch?: string
  variant?: string
}

/** A project whose production branch has `history` commits, the last deployed to production. */
export function newProject(id: string, history: number, opts: ProjectOptions = {}): ProjectRecord {
  const usesGit = opts.usesGit ?? true
  const productionBranch = opts.productionBranch ?? 'main'
  const variant = opts.variant ?? `${id}@prod`
  const project: ProjectRecord = {
    id,
    usesGit,
    remoteUrl: usesGit ? `git@github.com:acme-analytics/${id}.git` : null,
    productionBranch,
    pullRequestMode: opts.pullRequestMode ?? 'off',
    validationRequired: opts.validationRequired ?? false,
    allowWarnings: opts.allowWarnings ?? true,
    gitReleaseMgmtEnabled: opts.gitReleaseMgmtEnabled ?? false,
    commits: {},
    remote: {},
    production: { name: productionBranch, sha: '' },
    bareVariant: variant,
  }
  if (!usesGit) return project
  let head: string | null = null
  for (let i = 0; i < history; i++) {
    const at = SEED_EPOCH - (history - i) * DAY
    head = addCommit(project, head, at, variant, `${id}: change ${i + 1}`)
  }
  project.remote[productionBranch] = head!
  project.production.sha = head!
  return project
}

/** Commits `count` times on top of `from` and returns the new head. */
export function grow(
  project: ProjectRecord,
  from: string,
  count: number,
  label: string,
  variant = `${project.id}@prod`,
  daysAgo = 1
): string {
  let head = from
  for (let i = 0; i < count; i++) {
    const at = SEED_EPOCH - daysAgo * DAY + (i + 1) * 600
    head = addCommit(project, head, at, variant, `${label} ${i + 1}`)
  }
  return head
}

/** The personal branch of a user, pushed at `sha`. */
export function pushPersonal(project: ProjectRecord, userKey: string, sha: string): string {
  const name = personalBranchName(findUser(userKey)!)
  project.remote[name] = sha
  return name
}

/** A clean clone checked out on `current`, holding the production branch and `current` locally. */
export function cloneAt(project: ProjectRecord, current: string, extra: string[] = []): DevClone {
  const local: Record<string, string> = {}
  for (const name of [project.productionBranch, current, ...extra])
    local[name] = project.remote[name]!
  return { current, local, dirty: null }
}

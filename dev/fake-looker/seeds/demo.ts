/**
 * The `demo` seed: five projects that between them show every git state the extension renders
 * (see docs/looker-api-behaviour.md and the fake's README in index.ts).
 */
import type { DevClone, FakeState, ProjectRecord } from '../model'
import { cloneAt, grow, newProject, pushPersonal, SEED_EPOCH } from './builder'

/** Builds a fresh demo state. Deterministic: the same shas and times on every run. */
export function demoSeed(): FakeState {
  const projects: Record<string, ProjectRecord> = {}
  const ada: Record<string, DevClone> = {}
  const grace: Record<string, DevClone> = {}

  // ecommerce: ada is on the shared feature/net-revenue branch, clean and up to date.
  const ecommerce = newProject('ecommerce', 6)
  const main = ecommerce.remote.main!
  ecommerce.remote['feature/net-revenue'] = grow(
    ecommerce,
    main,
    2,
    'net revenue',
    'ecommerce@net-revenue'
  )
  const oldBase = ecommerce.commits[main]!.parent!
  // Old branches (docs/git-health.md "Old branches in the seeds"): an experiment nobody touched
  // for 200 days, past the 180 days after which Mozilla's scheduled job deletes Looker branches.
  ecommerce.remote['feature/old-experiment'] = grow(
    ecommerce,
    oldBase,
    1,
    'experiment',
    undefined,
    200
  )
  // Branches for the Ship page: a typo (validation error), a warning only, a field removed that a
  // dashboard tile uses (content validation).
  ecommerce.remote['feature/typo'] = grow(ecommerce, main, 1, 'typo', 'ecommerce@broken-ref')
  ecommerce.remote['feature/label-warning'] = grow(ecommerce, main, 1, 'warn', 'ecommerce@warning')
  ecommerce.remote['feature/drop-avg-price'] = grow(
    ecommerce,
    main,
    1,
    'drop average sale price',
    'ecommerce@drop-field'
  )
  const adaPersonal = pushPersonal(ecommerce, 'ada', main)
  const gracePersonal = pushPersonal(ecommerce, 'grace', grow(ecommerce, main, 1, 'grace wip'))
  ada.ecommerce = cloneAt(ecommerce, 'feature/net-revenue', [adaPersonal, 'feature/old-experiment'])
  grace.ecommerce = cloneAt(ecommerce, gracePersonal)
  projects.ecommerce = ecommerce

  // marketing: ada has uncommitted changes on her personal branch.
  const marketing = newProject('marketing', 4)
  const mPersonal = pushPersonal(marketing, 'ada', marketing.remote.main!)
  ada.marketing = {
    ...cloneAt(marketing, mPersonal),
    dirty: { files: ['views/campaigns.view.lkml'], variant: 'marketing@wip' },
  }
  pushPersonal(marketing, 'grace', marketing.remote.main!)
  // A temporary branch a CI run (Spectacles) left behind 120 days ago, as in spectacles #731.
  marketing.remote['tmp_spectacles_3f9a1c'] = grow(
    marketing,
    marketing.remote.main!,
    1,
    'spectacles run',
    undefined,
    120
  )
  projects.marketing = marketing

  // finance: ada's branch is 2 commits ahead of its remote and 1 behind it; one local-only branch.
  const finance = newProject('finance', 5)
  const fBase = grow(finance, finance.remote.main!, 1, 'close q4', undefined, 3)
  finance.remote['feature/q4-close'] = grow(finance, fBase, 1, 'colleague fix', undefined, 2)
  pushPersonal(finance, 'ada', finance.remote.main!)
  ada.finance = cloneAt(finance, 'feature/q4-close')
  ada.finance.local['feature/q4-close'] = grow(finance, fBase, 2, 'ada local', undefined, 1)
  // A branch ada never pushed, 150 days ago: no remote, so Looker shows null ahead/behind counts.
  ada.finance.local['scratch/ada-notes'] = grow(
    finance,
    finance.remote.main!,
    1,
    'notes',
    undefined,
    150
  )
  // Its deploy key is read-only (the failing connection test): a check repair cannot fix.
  finance.gitIssues = ['git_connection_test']
  projects.finance = finance

  // inventory: pull requests required, validation required, no warnings allowed; clean.
  const inventory = newProject('inventory', 3, {
    pullRequestMode: 'required',
    validationRequired: true,
    allowWarnings: false,
  })
  ada.inventory = cloneAt(inventory, pushPersonal(inventory, 'ada', inventory.remote.main!))
  // Imported projects (docs/git-health.md "Imported projects"): a remote hub project pinned to a
  // tag whose lock must be regenerated, and a local import of ecommerce.
  inventory.imports = [
    {
      name: 'shared_views',
      url: 'git@github.com:acme-analytics/shared_views.git',
      ref: 'v1.2.0',
      isRemote: true,
    },
    { name: 'ecommerce', url: null, ref: null, isRemote: false },
  ]
  inventory.dependencyStatus = 'lock_required'
  // Git Diagnose & Repair (docs/git-health.md): a lock file a crashed git process left behind,
  // which the repair removes.
  inventory.gitIssues = ['stale_lock_files']
  projects.inventory = inventory

  // sandbox: a bare project without git.
  projects.sandbox = newProject('sandbox', 0, { usesGit: false })

  return {
    seed: 'demo',
    projects,
    clones: { ada, grace },
    uiWorkspace: {},
    clock: SEED_EPOCH,
  }
}

/** @jest-environment node */
import { mkdtempSync } from 'fs'
import { tmpdir } from 'os'
import { join } from 'path'
import type { GitBranchBody } from './gitViews'
import { createFakeLooker } from './index'
import { invalidBranchReason } from './refFormat'
import { SEED_AGE_SHIFT } from './seeds/builder'
import { clientFor, enter, type FakeClient } from './testing'

const ADA = 'dev-ada-lovelace-4d59'
const GRACE = 'dev-grace-hopper-3f32'

async function devAda(options = {}) {
  const looker = await createFakeLooker(options)
  const ada = clientFor(looker, 'ada')
  await enter(ada, 'dev')
  return { looker, ada }
}

const branch = async (c: FakeClient, project: string) =>
  (await c.get(`/projects/${project}/git_branch`)).body as GitBranchBody
const branches = async (c: FakeClient, project: string) =>
  (await c.get(`/projects/${project}/git_branches`)).body as GitBranchBody[]

describe('projects', () => {
  it('lists the demo projects with their git settings; viewers get 403 (or none)', async () => {
    const looker = await createFakeLooker()
    const list = (await clientFor(looker, 'ada').get('/projects')).body as Array<
      Record<string, unknown>
    >
    expect(list.map((p) => p.id)).toEqual([
      'ecommerce',
      'marketing',
      'finance',
      'inventory',
      'sandbox',
    ])
    expect(list[3]).toMatchObject({
      pull_request_mode: 'required',
      validation_required: true,
      allow_warnings: false,
      git_production_branch_name: 'main',
    })
    expect(list[4]).toMatchObject({ uses_git: false, git_remote_url: null })
    const vic = await clientFor(looker, 'vic').get('/projects')
    expect([vic.status, (vic.body as { message: string }).message]).toEqual([
      403,
      'Permission Denied',
    ])
    looker.setBehaviour({ viewerProjects: 'empty' })
    expect((await clientFor(looker, 'vic').get('/projects')).body).toEqual([])
  })

  it('answers dev reads of a project without a developer copy with 404 (noDevCopy)', async () => {
    const looker = await createFakeLooker({ behaviour: { noDevCopy: ['marketing'] } })
    const ada = clientFor(looker, 'ada')
    expect((await ada.get('/projects/marketing/current_workspace')).status).toBe(200)
    await enter(ada, 'dev')
    expect((await ada.get('/projects/marketing/current_workspace')).status).toBe(404)
    expect((await ada.get('/projects/marketing/git_branches')).status).toBe(404)
    expect((await ada.get('/projects/ecommerce/current_workspace')).status).toBe(200)
  })

  it('says git_status as free text: tokens, IDE-like sentences, or a fixed text', async () => {
    const status = async (looker: Awaited<ReturnType<typeof createFakeLooker>>) => {
      const ada = clientFor(looker, 'ada')
      await enter(ada, 'dev')
      looker.editFiles('ada', 'ecommerce', ['views/orders.view.lkml'])
      return (
        (await ada.get('/projects/ecommerce/current_workspace')).body as Record<string, unknown>
      ).git_status
    }
    expect(await status(await createFakeLooker({ lookerVersion: '26' }))).toBe(
      'uncommitted_changes'
    )
    expect(await status(await createFakeLooker({ lookerVersion: '24' }))).toBe(
      'Commit Changes & Push'
    )
    const fixed = await createFakeLooker({ behaviour: { gitStatusText: 'Workspace is syncing' } })
    expect(await status(fixed)).toBe('Workspace is syncing')
  })

  it('names no branch in project_workspace when the knob says so; git_branch still answers it', async () => {
    const { ada } = await devAda({ behaviour: { workspaceBranch: 'null' } })
    const pw = (await ada.get('/projects/ecommerce/current_workspace')).body
    expect(pw).toMatchObject({ workspace_id: 'dev', git_branch: null })
    expect(await branch(ada, 'ecommerce')).toMatchObject({ name: 'feature/net-revenue' })
    // A project without git has no branch to read: git_branch answers 404.
    expect((await ada.get('/projects/sandbox/git_branch')).status).toBe(404)
  })

  it('sends is_git_dev_locked and has_production_counterpart from 26.12; a locked repository refuses git writes', async () => {
    const project = async (c: FakeClient, id: string) =>
      (await c.get(`/projects/${id}`)).body as Record<string, unknown>
    const { ada } = await devAda({ behaviour: { gitDevLocked: ['inventory'] } })
    expect(await project(ada, 'inventory')).toMatchObject({
      is_git_dev_locked: true,
      has_production_counterpart: true,
    })
    expect(await project(ada, 'ecommerce')).toMatchObject({ is_git_dev_locked: false })
    const refused = await ada.call('POST', '/projects/inventory/git_branch', { name: 'x' })
    expect(refused.status).toBe(422)
    expect(refused.body).toMatchObject({ message: 'Git repository is locked' })
    expect((await ada.call('POST', '/projects/inventory/reset_to_remote')).status).toBe(422)
    expect((await ada.get('/projects/inventory/git_branches')).status).toBe(200)
    const older = await devAda({ lookerVersion: '25' })
    const body = await project(older.ada, 'inventory')
    expect(body).not.toHaveProperty('is_git_dev_locked')
    expect(body).not.toHaveProperty('has_production_counterpart')
  })

  it('a project whose record is locked (the large seed’s) is reported locked and refuses git writes too', async () => {
    const { ada } = await devAda({ seed: 'large' })
    const locked = (await ada.get('/projects/project_007')).body
    expect(locked).toMatchObject({ is_git_dev_locked: true })
    const refused = await ada.call('POST', '/projects/project_007/git_branch', {
      name: 'x',
    })
    expect(refused.status).toBe(422)
    expect(refused.body).toMatchObject({ message: 'Git repository is locked' })
  })

  it('refuses user_roles for oneself with 404 when the knob says so', async () => {
    const looker = await createFakeLooker({ behaviour: { userRoles: 'refused' } })
    expect((await clientFor(looker, 'ada').get('/users/1/roles')).status).toBe(404)
  })

  it('reports the session workspace in project_workspace', async () => {
    const looker = await createFakeLooker()
    const ada = clientFor(looker, 'ada')
    const prod = (await ada.get('/projects/ecommerce/current_workspace')).body
    expect(prod).toMatchObject({
      workspace_id: 'production',
      git_branch: { name: 'main', is_production: true },
    })
    await enter(ada, 'dev')
    const dev = (await ada.get('/projects/marketing/current_workspace')).body
    expect(dev).toMatchObject({
      workspace_id: 'dev',
      git_status: 'uncommitted_changes',
      git_branch: { name: ADA, personal: true, readonly: false },
    })
  })
})

describe('git branches in the demo seed', () => {
  it('shows production in a production session and the dev branch in dev', async () => {
    const looker = await createFakeLooker()
    const ada = clientFor(looker, 'ada')
    expect(await branch(ada, 'ecommerce')).toMatchObject({ name: 'main', is_production: true })
    await enter(ada, 'dev')
    expect(await branch(ada, 'ecommerce')).toMatchObject({
      name: 'feature/net-revenue',
      ahead_count: 0,
      behind_count: 0,
      is_remote: true,
    })
    expect(await branch(ada, 'finance')).toMatchObject({ ahead_count: 2, behind_count: 1 })
    expect((await ada.get('/projects/sandbox/git_branches')).body).toEqual([])
  })

  it("counts ahead/behind against the branch's own remote, never against production (GitBranch)", async () => {
    // feature/net-revenue is 2 commits on top of main, and pushed: Looker's counts say 0 and 0.
    const looker = await createFakeLooker()
    const ada = clientFor(looker, 'ada')
    await enter(ada, 'dev')
    const { remote, commits } = looker.state.projects.ecommerce!
    const head = remote['feature/net-revenue']!
    expect(commits[commits[head]!.parent!]!.parent).toBe(remote.main)
    expect(await branch(ada, 'ecommerce')).toMatchObject({
      ref: head,
      remote_ref: head,
      ahead_count: 0,
      behind_count: 0,
    })
  })

  it('lists local branches first, then remote-only ones, each sorted; remote-only ones have no ref and no counts', async () => {
    // As recorded (Looker 22.8, listings of 24 and 102 branches): ASCII order within each part.
    const { looker, ada } = await devAda()
    const list = await branches(ada, 'ecommerce')
    expect(list.map((b) => [b.name, b.is_local, b.personal, b.readonly])).toEqual([
      [ADA, true, true, false],
      ['feature/net-revenue', true, false, false],
      ['feature/old-experiment', true, false, false],
      ['main', true, false, true],
      [GRACE, false, true, true],
      ['feature/drop-avg-price', false, false, false],
      ['feature/label-warning', false, false, false],
      ['feature/typo', false, false, false],
    ])
    const remoteOnly = list.find((b) => b.name === 'feature/typo')!
    const { remote, commits } = looker.state.projects.ecommerce!
    expect(remoteOnly).toMatchObject({
      is_remote: true,
      ref: null,
      ahead_count: null,
      behind_count: null,
      remote_ref: remote['feature/typo'],
      // The seeded date moved to today's present (SEED_AGE_SHIFT).
      commit_at: commits[remote['feature/typo']!]!.at + SEED_AGE_SHIFT,
    })
    const local = (await branches(ada, 'finance')).find((b) => b.name === 'scratch/ada-notes')
    expect(local).toMatchObject({
      is_remote: false,
      ahead_count: null,
      behind_count: null,
      remote_ref: null,
    })
    const found = await ada.get(
      `/projects/ecommerce/git_branch/${encodeURIComponent('feature/old-experiment')}`
    )
    expect(found.body).toMatchObject({ name: 'feature/old-experiment' })
    expect((await ada.get('/projects/ecommerce/git_branch/nope')).status).toBe(404)
  })

  it('checks out a branch; the checkout is shared by every token of the user', async () => {
    const { looker, ada } = await devAda()
    const res = await ada.call('PUT', '/projects/ecommerce/git_branch', { name: GRACE })
    expect(res.body).toMatchObject({ name: GRACE, readonly: true, is_local: true })
    const other = clientFor(looker, 'ada')
    await enter(other, 'dev')
    expect(await branch(other, 'ecommerce')).toMatchObject({ name: GRACE })
    const grace = clientFor(looker, 'grace')
    await enter(grace, 'dev')
    expect(await branch(grace, 'ecommerce')).toMatchObject({ name: GRACE, readonly: false })
  })

  it('lands on the personal branch when asked for the production branch', async () => {
    const { ada } = await devAda()
    const res = await ada.call('PUT', '/projects/ecommerce/git_branch', { name: 'main' })
    expect(res.body).toMatchObject({ name: ADA })
  })

  it('refuses a checkout over uncommitted changes', async () => {
    const { ada } = await devAda()
    const res = await ada.call('PUT', '/projects/marketing/git_branch', { name: GRACE })
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({
      message: expect.stringContaining(
        'JGIT Checkout Branch failed: Checkout conflict with files:'
      ),
    })
  })

  it('hard-resets with ref, answering the branch as it was before', async () => {
    const { ada } = await devAda()
    const before = await branch(ada, 'finance')
    const res = await ada.call('PUT', '/projects/finance/git_branch', {
      name: 'feature/q4-close',
      ref: 'origin/feature/q4-close',
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual(before)
    expect(await branch(ada, 'finance')).toMatchObject({
      ref: before.remote_ref,
      ahead_count: 0,
      behind_count: 0,
    })
  })

  it('creates a branch from HEAD, checks it out and pushes it (25+); refuses duplicates and bad names', async () => {
    const { ada } = await devAda()
    const head = await branch(ada, 'ecommerce')
    const res = await ada.call('POST', '/projects/ecommerce/git_branch', { name: 'feature/new' })
    expect(res.body).toMatchObject({
      name: 'feature/new',
      is_local: true,
      is_remote: true,
      ahead_count: 0,
      behind_count: 0,
      ref: head.ref,
      remote_ref: head.ref,
    })
    expect(await branch(ada, 'ecommerce')).toMatchObject({ name: 'feature/new' })
    const dup = await ada.call('POST', '/projects/ecommerce/git_branch', { name: 'main' })
    expect(dup.status).toBe(409)
    const bad = await ada.call('POST', '/projects/ecommerce/git_branch', { name: 'bad..name' })
    expect(bad.status).toBe(422)
    expect(bad.body).toMatchObject({ errors: [{ field: 'name', code: 'invalid' }] })
  })

  it('creates a local-only branch on the 24 profile (recorded on 22.x)', async () => {
    const { ada } = await devAda({ lookerVersion: '24' })
    const head = await branch(ada, 'ecommerce')
    const res = await ada.call('POST', '/projects/ecommerce/git_branch', { name: 'feature/new' })
    expect(res.body).toMatchObject({
      name: 'feature/new',
      is_local: true,
      is_remote: false,
      ahead_count: null,
      behind_count: null,
      ref: head.ref,
      remote_ref: null,
    })
  })

  it("answers a refused push on create with 422 and git's error (spectacles #841); nothing is created", async () => {
    const { ada } = await devAda({ behaviour: { createBranch: 'push-refused' } })
    const res = await ada.call('POST', '/projects/ecommerce/git_branch', { name: 'tmp_b26d' })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      message:
        'error: src refspec tmp_b26d does not match any\n' +
        "error: failed to push some refs to 'github.com:acme-analytics/ecommerce.git'\n",
      documentation_url:
        'https://cloud.google.com/looker/docs/r/err/4.0/422/post/projects/:project_id/git_branch',
    })
    expect(await branch(ada, 'ecommerce')).toMatchObject({ name: 'feature/net-revenue' })
    expect((await branches(ada, 'ecommerce')).map((b) => b.name)).not.toContain('tmp_b26d')
  })

  it('deletes only branches that are not current, production or personal', async () => {
    const { ada } = await devAda()
    const del = (name: string) =>
      ada.call('DELETE', `/projects/ecommerce/git_branch/${encodeURIComponent(name)}`)
    expect((await del('feature/net-revenue')).status).toBe(422)
    expect((await del('main')).status).toBe(422)
    expect((await del(GRACE)).status).toBe(422)
    const ok = await del('feature/old-experiment')
    expect(ok).toMatchObject({ status: 204, body: undefined })
    expect((await branches(ada, 'ecommerce')).map((b) => b.name)).not.toContain(
      'feature/old-experiment'
    )
  })

  it('keeps production read-only: git writes need a dev session', async () => {
    const looker = await createFakeLooker()
    const ada = clientFor(looker, 'ada')
    const res = await ada.call('PUT', '/projects/ecommerce/git_branch', { name: ADA })
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ message: expect.stringContaining('development mode') })
    expect((await ada.call('POST', '/projects/ecommerce/reset_to_remote')).status).toBe(400)
  })
})

describe('resets and deploys', () => {
  it('resets to remote and to production, clearing uncommitted changes', async () => {
    const { ada } = await devAda()
    expect((await ada.call('POST', '/projects/marketing/reset_to_remote')).status).toBe(204)
    const ws = (await ada.get('/projects/marketing/current_workspace')).body
    expect(ws).toMatchObject({ git_status: 'clean' })
    expect((await ada.call('POST', '/projects/ecommerce/reset_to_production')).status).toBe(204)
    const prod = (await ada.get('/projects/ecommerce/git_branches')).body as GitBranchBody[]
    const main = prod.find((b) => b.name === 'main')!
    expect(await branch(ada, 'ecommerce')).toMatchObject({
      ref: main.ref,
      ahead_count: 0,
      behind_count: 2,
    })
  })

  it('deploys the dev branch so production serves its LookML', async () => {
    const { looker, ada } = await devAda()
    expect(looker.liveVariants('ada', 'production')[0]!.variantKey).toBe('ecommerce@prod')
    expect((await ada.call('POST', '/projects/ecommerce/deploy_to_production')).status).toBe(204)
    expect(looker.liveVariants('vic', 'production')[0]!.variantKey).toBe('ecommerce@net-revenue')
  })

  it('refuses deploys without permission, with required pull requests, or not fast-forward', async () => {
    const { looker, ada } = await devAda()
    expect((await ada.call('POST', '/projects/inventory/deploy_to_production')).status).toBe(400)
    await ada.call('PUT', '/projects/ecommerce/git_branch', { name: 'feature/old-experiment' })
    const rejected = await ada.call('POST', '/projects/ecommerce/deploy_to_production')
    expect(rejected.body).toMatchObject({ message: expect.stringContaining('not a fast-forward') })
    const grace = clientFor(looker, 'grace')
    await enter(grace, 'dev')
    expect((await grace.call('POST', '/projects/ecommerce/deploy_to_production')).status).toBe(400)
  })

  it('deploys a ref: production shows __LOOKER_PROD_<sha>', async () => {
    const looker = await createFakeLooker()
    const ada = clientFor(looker, 'ada')
    const res = await ada.call('POST', '/projects/ecommerce/deploy_ref_to_production', undefined, {
      branch: 'feature/net-revenue',
    })
    expect(res.status).toBe(204)
    const prod = await branch(ada, 'ecommerce')
    expect(prod.name).toBe(`__LOOKER_PROD_${prod.ref}`)
  })
})

describe('persistence and LookML variants', () => {
  it('keeps each user dev workspace across restarts in statePath', async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), 'fake-looker-')), 'state.json')
    const { looker, ada } = await devAda({ statePath })
    await ada.call('PUT', '/projects/ecommerce/git_branch', { name: ADA })
    await looker.close()
    const again = await devAda({ statePath })
    expect(await branch(again.ada, 'ecommerce')).toMatchObject({ name: ADA })
    expect(again.looker.liveVariants('1', 'dev')[0]).toEqual({
      projectId: 'ecommerce',
      variantKey: 'ecommerce@prod',
    })
  })

  it('gives the working copy variant for dirty clones and production to non-developers', async () => {
    const looker = await createFakeLooker()
    expect(looker.liveVariants('ada', 'dev')).toContainEqual({
      projectId: 'marketing',
      variantKey: 'marketing@wip',
      dirty: true,
    })
    expect(looker.liveVariants('vic', 'dev')[0]!.variantKey).toBe('ecommerce@prod')
  })

  it('builds the large seed: 200 projects, 2,000 branches', async () => {
    const looker = await createFakeLooker({ seed: 'large' })
    const projects = Object.values(looker.state.projects)
    expect(projects).toHaveLength(200)
    expect(projects.reduce((n, p) => n + Object.keys(p.remote).length, 0)).toBe(2000)
  })
})

describe('git check-ref-format', () => {
  it.each(['feature/x', 'dev-ada-1', 'a.b', '13950'])('accepts %s', (name) => {
    expect(invalidBranchReason(name)).toBeNull()
  })
  it.each([
    '',
    'a b',
    'a..b',
    '/a',
    'a/',
    'a//b',
    'a.',
    '.a',
    'a/.b',
    'x.lock',
    'a@{b',
    '@',
    '-a',
    'a~1',
    'a^',
    'a:b',
    'a?',
    'a*',
    'a[b',
    'a\\b',
  ])('rejects %p', (name) => {
    expect(invalidBranchReason(name)).not.toBeNull()
  })
})

/**
 * Installed the way Looker installs it: Marketplace > Manage > Install via Git URL with a
 * repository and a commit SHA, the connection asked for, then the extension runs from that
 * commit as `marketplace_<listing>::workspace_switcher`. A commit without its bundle is refused
 * with the reason, as Looker refuses it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs'
import { execFileSync } from 'child_process'
import { tmpdir } from 'os'
import path from 'path'
import type { Page } from 'playwright-core'
import { commitFiles, listingFiles, newRepository } from '../dev/host/marketplace/fixtures'
import { devModeSwitch, extension, lookerUiIndicator, workspaceBadge } from './app'
import { expectChecked, expectContains, expectText } from './expect'
import type { Flow } from './flows'

const ROOT = path.resolve(__dirname, '..')
const git = (dir: string, args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], { stdio: 'pipe' })
    .toString()
    .trim()

/**
 * A clone of this repository's HEAD (E2E_INSTALL_REF to try another ref) with the bundle just
 * built committed where manifest.lkml's `file:` says, as a release commit would hold it.
 */
function releaseCommit(): { repo: string; sha: string } {
  const repo = mkdtempSync(path.join(tmpdir(), 'release-'))
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, repo], { stdio: 'pipe' })
  git(repo, [
    'checkout',
    '--quiet',
    process.env.E2E_INSTALL_REF ?? git(ROOT, ['rev-parse', 'HEAD']),
  ])
  const manifest = git(repo, ['show', 'HEAD:manifest.lkml'])
  const file = /\bfile\s*:\s*"([^"]+)"/.exec(manifest.replace(/#[^\n]*/g, ''))?.[1] ?? 'bundle.js'
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true })
  copyFileSync(path.join(ROOT, 'dist', 'bundle.js'), path.join(repo, file))
  git(repo, ['add', '--force', file])
  git(repo, [
    '-c',
    'user.email=e2e@example.com',
    '-c',
    'user.name=e2e',
    'commit',
    '--quiet',
    '--allow-empty',
    '-m',
    'release build',
  ])
  return { repo, sha: git(repo, ['rev-parse', 'HEAD']) }
}

/** Marketplace > Manage > Install via Git URL, filled in and sent. */
async function installViaGitUrl(page: Page, url: string, repo: string, sha: string) {
  await page.goto(`${url}/`)
  await page.getByRole('link', { name: 'Marketplace' }).click()
  await page.getByRole('heading', { name: 'Install via Git URL' }).waitFor()
  await page.getByLabel('Git Repository URL').fill(repo)
  await page.getByLabel('Commit SHA').fill(sha)
  await page.getByRole('button', { name: 'Install' }).click()
}

export const marketplaceFlows: Flow[] = [
  {
    name: 'marketplace-install-head-switches-workspace',
    emulator: {},
    async run({ page, emulator }) {
      const { repo, sha } = releaseCommit()
      try {
        await installViaGitUrl(page, emulator.url, repo, sha)
        // A refusal here means HEAD lacks Looker's layout (model, constant, committed bundle).
        const asked = page.getByLabel('Connection Name').or(page.getByRole('alert'))
        await asked.waitFor()
        const refusal = await page
          .getByRole('alert')
          .textContent({ timeout: 100 })
          .catch(() => null)
        if (refusal) throw new Error(`HEAD was refused: ${refusal}`)
        await page.getByLabel('Connection Name').selectOption('thelook')
        await page.getByRole('button', { name: 'Install' }).click()
        await expectContains(page.getByRole('status'), `at commit ${sha.slice(0, 12)}`)
        await page.getByRole('link', { name: 'Open Workspace Switcher' }).click()
        if (!page.url().includes('/extensions/marketplace_'))
          throw new Error(`the installed extension opened at ${page.url()}`)
        await expectText(workspaceBadge(page), 'Production')
        await devModeSwitch(page).click()
        await expectText(workspaceBadge(page), 'Development')
        await expectChecked(devModeSwitch(page), true)
        await expectText(lookerUiIndicator(page), 'Development Mode: ON')
        await extension(page).getByRole('heading', { name: 'Workspace Switcher' }).waitFor()
      } finally {
        rmSync(repo, { recursive: true, force: true })
      }
    },
  },
  {
    name: 'marketplace-install-without-bundle-is-refused',
    emulator: {},
    endsOutsideExtension: true,
    async run({ page, emulator }) {
      const repo = newRepository()
      try {
        commitFiles(repo, listingFiles(), 'release')
        const sha = commitFiles(repo, { 'dist/bundle.js': null }, 'bundle not committed')
        await installViaGitUrl(page, emulator.url, repo, sha)
        await expectText(
          page.getByRole('alert'),
          `Could not install listing: application workspace_switcher loads file "dist/bundle.js", which commit ${sha.slice(0, 7)} does not have.`
        )
        // Nothing was installed: the Applications menu still opens the manual install.
        if (emulator.marketplace.current()) throw new Error('a refused commit was installed')
        if (!emulator.extensionUrl('/').includes('/extensions/workspace_switcher::'))
          throw new Error(`the host now serves ${emulator.extensionUrl('/')}`)
      } finally {
        rmSync(repo, { recursive: true, force: true })
      }
    },
  },
]

/** A listing of the bundle just built, with the working tree's manifest (all its entitlements). */
function listingOfThisBuild(): { repo: string; sha: string } {
  const repo = newRepository()
  const manifest = readFileSync(path.join(ROOT, 'manifest.lkml'), 'utf8').replace(
    /\bfile\s*:\s*"[^"]*"/,
    'file: "dist/bundle.js"'
  )
  const files = listingFiles(readFileSync(path.join(ROOT, 'dist', 'bundle.js'), 'utf8'))
  const sha = commitFiles(repo, { ...files, 'manifest.lkml': manifest }, 'release')
  return { repo, sha }
}

const SAVED = [
  {
    name: 'Revenue by status',
    spec: {
      model: 'ecommerce',
      explore: 'orders',
      fields: ['orders.status', 'orders.total_revenue'],
      sorts: [],
      filters: {},
      limit: 500,
    },
  },
]

/**
 * Moving between installs: the manual install's saved query, exported (a download from the
 * sandboxed frame), imported into the Marketplace install, whose storage is its own.
 */
export const savedDataFlow: Flow = {
  name: 'saved-data-moves-from-manual-to-marketplace-install',
  emulator: {},
  async run({ page, emulator }) {
    const manualId = 'workspace_switcher::workspace_switcher'
    // The manual install's saved query, in the host's storage for that extension id.
    await page.goto(`${emulator.url}/`)
    await page.evaluate(
      ([key, value]) => window.localStorage.setItem(key!, value!),
      [`looker-extension:${manualId}:saved-queries:ecommerce`, JSON.stringify(SAVED)]
    )
    await page.goto(emulator.extensionUrl('/saved-data'))
    const frame = extension(page)
    await expectContains(frame.getByRole('region', { name: 'Saved data' }), manualId)
    await frame.getByRole('button', { name: 'Prepare export' }).click()
    // The sandboxed frame downloads a Blob link (use_downloads grants allow-downloads).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('link', { name: /Download workspace-switcher-saved-data/ }).click(),
    ])
    const saved = path.join(
      mkdtempSync(path.join(tmpdir(), 'export-')),
      download.suggestedFilename()
    )
    await download.saveAs(saved)

    const { repo, sha } = listingOfThisBuild()
    try {
      const app = emulator.marketplace.install(`${repo}@${sha}`, { CONNECTION_NAME: 'thelook' })
      await page.goto(emulator.extensionUrl('/saved-data'))
      await expectContains(frame.getByRole('region', { name: 'Saved data' }), app.extensionId)
      await frame.getByLabel('Import a file').setInputFiles(saved)
      await expectContains(
        frame.getByRole('region', { name: 'Saved data' }).getByRole('status'),
        'Imported 1 saved query and 0 Ship results from workspace-switcher-saved-data.json.'
      )
      const stored = await page.evaluate(
        (key) => window.localStorage.getItem(key),
        `looker-extension:${app.extensionId}:saved-queries:ecommerce`
      )
      if (JSON.parse(stored ?? '[]')[0]?.name !== 'Revenue by status')
        throw new Error(`the Marketplace install's storage holds ${stored}`)
    } finally {
      rmSync(repo, { recursive: true, force: true })
      rmSync(path.dirname(saved), { recursive: true, force: true })
    }
  },
}

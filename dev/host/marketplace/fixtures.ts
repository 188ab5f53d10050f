/**
 * Test repositories laid out as Looker's Marketplace expects (the layout of LookML Diagram and
 * Data Dictionary): manifest.lkml with `file:` and a CONNECTION_NAME constant, a model file,
 * marketplace.json with constants and models, and the bundle committed where `file:` says.
 */
import { execFileSync } from 'child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'

export const FIXTURE_MANIFEST = `project_name: "workspace_switcher"

constant: CONNECTION_NAME {
  value: "choose_a_connection"
  export: override_required
}

application: workspace_switcher {
  label: "Workspace Switcher"
  file: "dist/bundle.js"
  entitlements: {
    local_storage: yes
    core_api_methods: ["me", "session", "update_session", "user_roles"]
  }
}
`

export const FIXTURE_MARKETPLACE = {
  label: 'Workspace Switcher',
  category_label: 'Applications',
  constants: { CONNECTION_NAME: { label: 'Connection Name', value_constraint: 'connection' } },
  models: [{ name: 'workspace_switcher', connection_constant: 'CONNECTION_NAME' }],
}

const run = (dir: string, args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], { stdio: 'pipe' })
    .toString()
    .trim()

/** A new git repository in a temporary directory (its author set, so commits work anywhere). */
export function newRepository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'listing-'))
  run(dir, ['init', '--quiet', '--initial-branch', 'main'])
  run(dir, ['config', 'user.email', 'test@example.com'])
  run(dir, ['config', 'user.name', 'Test'])
  run(dir, ['config', 'commit.gpgsign', 'false'])
  return dir
}

/** Writes `files` (null deletes) and commits them; returns the commit's sha. */
export function commitFiles(dir: string, files: Record<string, string | null>, message: string) {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(dir, file)
    if (text === null) {
      rmSync(full, { force: true })
      continue
    }
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, text)
  }
  run(dir, ['add', '--all'])
  run(dir, ['commit', '--quiet', '--allow-empty', '-m', message])
  return run(dir, ['rev-parse', 'HEAD'])
}

/** Every file a complete listing holds; `bundle` is the committed dist/bundle.js. */
export function listingFiles(bundle = 'console.log("bundle")'): Record<string, string> {
  return {
    'manifest.lkml': FIXTURE_MANIFEST,
    'marketplace.json': JSON.stringify(FIXTURE_MARKETPLACE, null, 2),
    'workspace_switcher.model.lkml': 'connection: "@{CONNECTION_NAME}"\n',
    'dist/bundle.js': bundle,
  }
}

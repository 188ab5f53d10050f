/**
 * @jest-environment node
 *
 * What Looker reads when it installs the extension from the Marketplace or from a Git URL at a
 * commit (docs/marketplace.md): the application's `file:` must be a committed file, the project
 * needs a model file, and every constant the model uses is declared in manifest.lkml and asked for
 * by marketplace.json.
 */
import { execFileSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import { DIST_FILES } from '../build/buildInfo'
import { imageUri, repositoryUrl } from '../build/listing'

const root = path.resolve(__dirname, '..')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')
const manifest = read('manifest.lkml')
const marketplace = JSON.parse(read('marketplace.json'))
const pkg = JSON.parse(read('package.json'))
const modelFiles = fs.readdirSync(root).filter((f) => f.endsWith('.model.lkml'))

function gitIgnored(file: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', file], { cwd: root })
    return true
  } catch {
    return false
  }
}

/** `constant: NAME { value: ... export: ... }` blocks of manifest.lkml. */
function constants(): Record<string, { value?: string; export?: string }> {
  const found: Record<string, { value?: string; export?: string }> = {}
  for (const m of manifest.matchAll(/^constant:\s*(\w+)\s*{([^}]*)}/gm)) {
    found[m[1]!] = {
      value: /value:\s*"([^"]*)"/.exec(m[2]!)?.[1],
      export: /export:\s*(\w+)/.exec(m[2]!)?.[1],
    }
  }
  return found
}

test('the application loads a committed file: dist/bundle.js, which git does not ignore', () => {
  const file = /^\s*file:\s*"([^"]+)"/m.exec(manifest)?.[1]
  expect(file).toBe('dist/bundle.js')
  expect(DIST_FILES).toContain(file)
  for (const committed of DIST_FILES) expect(gitIgnored(committed)).toBe(false)
  expect(gitIgnored('dist/bundle.js.map')).toBe(true)
})

test('one model file, on the connection the installer chooses, needing no schema', () => {
  expect(modelFiles).toEqual(['workspace_switcher.model.lkml'])
  const model = read(modelFiles[0]!).replace(/#[^\n]*/g, '')
  expect(model).toMatch(/^connection:\s*"@\{CONNECTION_NAME\}"/m)
  // An explore, a view or an include would need tables in the installer's database.
  expect(model).not.toMatch(/\b(explore|view|include|datagroup|derived_table)\s*:/)
})

test('CONNECTION_NAME is a constant the installer must override, as Looker apps declare it', () => {
  expect(constants()).toEqual({
    CONNECTION_NAME: { value: expect.any(String), export: 'override_required' },
  })
})

test('marketplace.json asks for every constant and names the model on that connection', () => {
  expect(marketplace.constants).toEqual({
    CONNECTION_NAME: { label: expect.any(String), value_constraint: 'connection' },
  })
  expect(Object.keys(marketplace.constants).sort()).toEqual(Object.keys(constants()).sort())
  expect(marketplace.models).toEqual([
    { name: 'workspace_switcher', connection_constant: 'CONNECTION_NAME' },
  ])
  expect(modelFiles.map((f) => f.replace('.model.lkml', ''))).toEqual(
    marketplace.models.map((m: { name: string }) => m.name)
  )
})

test("the listing's icon is the repository's own, never an invented address", () => {
  // `npm run release` writes it from package.json's repository, at the release's tag.
  const repository = repositoryUrl(pkg)
  expect(marketplace.branding.image_uri).toBe(
    repository ? imageUri(repository, `v${pkg.version}`) : undefined
  )
  expect(() => imageUri(undefined, 'v1.0.0')).toThrow(/package.json has no "repository"/)
  expect(imageUri('git+https://github.com/owner/app.git', 'v1.0.0')).toBe(
    'https://raw.githubusercontent.com/owner/app/v1.0.0/docs/icon.svg'
  )
  expect(fs.existsSync(path.join(root, 'docs', 'icon.svg'))).toBe(true)
  expect(fs.existsSync(path.join(root, 'docs', 'icon.png'))).toBe(true)
})

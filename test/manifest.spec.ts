/**
 * @jest-environment node
 *
 * manifest.lkml lists exactly the core API methods src/ calls: a missing one makes Looker refuse
 * the call ("Extension not entitled to use api method X"), an extra one asks admins for more than
 * the extension needs.
 */
import fs from 'fs'
import path from 'path'
import { entitledMethods, matchOperation } from '../dev/host/operations'

const root = path.resolve(__dirname, '..')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** The SDK's path-level calls: `sdk.post<T, E>(`/projects/${id}/...`)` names a route, not a method. */
const PATH_CALL = /\bsdk\.(get|post|put|patch|delete)\s*(?:<[^>]*>)?\(\s*`([^`]+)`/g

/**
 * The API method a path call reaches, named as Looker names it for the entitlement check (the
 * route's operation in the API 4.0 spec); null when no route has that shape.
 */
function pathCallMethod(httpMethod: string, template: string): string | null {
  const route = template.replace(/\$\{[^}]+\}/g, 'x')
  return matchOperation(httpMethod, route)?.operation.operationId ?? null
}

/**
 * SDK methods called as `sdk.method(` anywhere in src/ (`sdk.ok` unwraps, it is not a call to
 * Looker), and the methods path calls reach (a method newer than the pinned SDK).
 */
function calledMethods(): string[] {
  const names = new Set<string>()
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const text = fs.readFileSync(file, 'utf8')
    for (const m of text.matchAll(/\bsdk\.([a-z_0-9]+)\(/g)) {
      if (!['ok', 'get', 'post', 'put', 'patch', 'delete'].includes(m[1]!)) names.add(m[1]!)
    }
    for (const m of text.matchAll(PATH_CALL)) {
      names.add(pathCallMethod(m[1]!, m[2]!) ?? `unknown route ${m[1]} ${m[2]}`)
    }
  }
  return [...names].sort()
}

test('a path call is named by its route, as Looker names it for the entitlement check', () => {
  const call =
    'sdk.post<R, E>(`/projects/${id}/git_diagnostic_report/${reportId}/repair`, null, {})'
  const [m] = [...call.matchAll(PATH_CALL)]
  expect(pathCallMethod(m![1]!, m![2]!)).toBe('repair_git_diagnostic_report')
  expect(pathCallMethod('get', '/projects/${id}/git_diagnostic_report/${reportId}')).toBe(
    'get_git_diagnostic_report'
  )
  expect(pathCallMethod('get', '/no/such/${route}')).toBeNull()
})

const manifest = fs.readFileSync(path.join(root, 'manifest.lkml'), 'utf8')

test('every SDK method src/ calls is entitled in manifest.lkml, and nothing else is', () => {
  expect(entitledMethods(manifest).sort()).toEqual(calledMethods())
})

test('only src/looker/ imports the Looker SDK', () => {
  const outside = sourceFiles(path.join(root, 'src')).filter(
    (f) =>
      !f.includes(`${path.sep}looker${path.sep}`) &&
      /from '@looker\/(sdk|sdk-rtl)'/.test(fs.readFileSync(f, 'utf8'))
  )
  expect(outside).toEqual([])
})

/** Each yes/no entitlement and the extension SDK calls that need it. */
const ENTITLEMENT_USES: Record<string, RegExp> = {
  local_storage: /\.localStorage(Get|Set|Remove)Item\(/,
  navigation: /\.updateLocation\(/,
  // Any new window (Looker's example manifests grant it beside new_window_external_urls, which
  // lists the external addresses: the documentation and the git hosts of pull requests).
  new_window: /\.openBrowserWindow\(/,
  use_clipboard: /\.clipboardWrite\(/,
  // A Blob download link needs the iframe's allow-downloads sandbox token (docs/extension-protocol.md section 5).
  use_downloads: /\bURL\.createObjectURL\(/,
}

test('the manifest declares the application with only the entitlements the code needs', () => {
  expect(manifest).toMatch(/application:\s*workspace_switcher\s*{/)
  expect(manifest).toMatch(/label:\s*"Workspace Switcher"/)
  const code = sourceFiles(path.join(root, 'src'))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n')
  const granted = [...manifest.matchAll(/^\s*([a-z_]+):\s*yes\b/gm)].map((m) => m[1]!).sort()
  const needed = Object.keys(ENTITLEMENT_USES)
    .filter((name) => ENTITLEMENT_USES[name]!.test(code))
    .sort()
  expect(granted).toEqual(needed)
  expect(manifest).not.toMatch(/external_api_urls|oauth2_urls|user_attributes|raw_api_request/)
})

test('new windows may open only Looker documentation and the git hosts pull requests open on', () => {
  const host = fs.readFileSync(path.join(root, 'src', 'looker', 'host.ts'), 'utf8')
  expect(host).toMatch(/\.openBrowserWindow\(/)
  const listed = /new_window_external_urls\s*:\s*\[([^\]]*)\]/.exec(manifest)
  expect([...(listed?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([
    'https://bitbucket.org/*',
    'https://cloud.google.com/looker/docs/*',
    'https://docs.looker.com/*',
    'https://github.com/*',
    'https://gitlab.com/*',
  ])
})

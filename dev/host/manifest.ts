/**
 * Reads what the host needs from `manifest.lkml`: the extension id, its label for the Applications
 * menu, and the entitlements the host enforces (docs/extension-protocol.md section 5).
 */
import { entitledMethods } from './operations'

/** The entitlements a host checks, by their manifest names. */
export interface Entitlements {
  local_storage: boolean
  navigation: boolean
  new_window: boolean
  use_form_submit: boolean
  use_embeds: boolean
  use_downloads: boolean
  use_clipboard: boolean
  raw_api_request: boolean
  new_window_external_urls: string[]
  core_api_methods: string[]
}

/** One `application:` of a manifest, as the host sees it. */
export interface ManifestApplication {
  /** `<project_name>::<application_id>`, what Looker puts in the URL and in INITIALIZE. */
  extensionId: string
  label: string
  entitlements: Entitlements
}

const FLAGS = [
  'local_storage',
  'navigation',
  'new_window',
  'use_form_submit',
  'use_embeds',
  'use_downloads',
  'use_clipboard',
  'raw_api_request',
] as const

function stripComments(text: string): string {
  return text.replace(/#[^\n]*/g, '')
}

function stringList(text: string, name: string): string[] {
  const match = new RegExp(`${name}\\s*:\\s*\\[([^\\]]*)\\]`).exec(text)
  return match ? [...match[1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!) : []
}

/**
 * The first `application:` of the manifest. Throws when there is none, because Looker would not
 * list an extension without one.
 */
export function parseManifest(manifestText: string): ManifestApplication {
  const text = stripComments(manifestText)
  const project = /project_name\s*:\s*"([^"]+)"/.exec(text)?.[1]
  const app = /application\s*:\s*([A-Za-z0-9_]+)\s*\{/.exec(text)
  if (!project || !app) throw new Error('manifest.lkml needs project_name and an application')
  const label = /label\s*:\s*"([^"]*)"/.exec(text.slice(app.index))?.[1] ?? app[1]!
  const flags = Object.fromEntries(
    FLAGS.map((flag) => [flag, new RegExp(`\\b${flag}\\s*:\\s*yes\\b`).test(text)])
  ) as Record<(typeof FLAGS)[number], boolean>
  return {
    extensionId: `${project}::${app[1]}`,
    label,
    entitlements: {
      ...flags,
      new_window_external_urls: stringList(text, 'new_window_external_urls'),
      core_api_methods: entitledMethods(text),
    },
  }
}

/**
 * The iframe sandbox tokens the entitlements grant. `allow-scripts` always; the rest is the
 * mapping docs/extension-protocol.md section 5 infers (Looker's exact list is unverified).
 */
export function sandboxTokens(entitlements: Entitlements): string[] {
  const tokens = ['allow-scripts']
  if (entitlements.use_form_submit) tokens.push('allow-forms')
  if (entitlements.use_embeds) tokens.push('allow-same-origin')
  if (entitlements.new_window) tokens.push('allow-popups', 'allow-popups-to-escape-sandbox')
  if (entitlements.use_downloads) tokens.push('allow-downloads')
  return tokens
}

/** The manifest with one method removed from `core_api_methods` (tests of the refusal). */
export function withoutMethod(manifestText: string, method: string): string {
  return manifestText.replace(new RegExp(`\\s*"${method}",?`), '')
}

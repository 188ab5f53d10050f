/**
 * A Marketplace install of one commit, as Looker does it: the listing (marketplace.json), the
 * manifest and the models are read from the commit; constants are asked for; the project becomes
 * `marketplace_<listing id>` and the extension `marketplace_<listing id>::<application>`.
 */
import path from 'path'
import { parseManifest } from '../manifest'
import type { CommitReader } from './git'
import {
  InstallRefusal,
  missingApplicationFile,
  missingFile,
  missingModel,
  noApplicationFile,
  noModel,
  unfilledConstant,
  unknownConnection,
  unreadable,
} from './messages'

/** A constant the installer fills (marketplace.json `constants`). */
export interface ListingConstant {
  name: string
  label: string
  /** `connection`: the value must name one of Looker's connections. */
  valueConstraint: string | null
}

/** What the commit offers, checked: everything but the constants' values. */
export interface Listing {
  listingId: string
  label: string
  repository: string
  sha: string
  constants: ListingConstant[]
  models: string[]
  application: string
  /** The application's `file:` path and its bytes at the commit. */
  file: string
  bundle: Buffer
  manifestText: string
}

/** An installed listing: what the host serves and the fake Looker's project holds. */
export interface InstalledApp extends Listing {
  projectId: string
  extensionId: string
  /** The manifest as Looker runs it: the project renamed to projectId. */
  installedManifest: string
  values: Record<string, string>
}

interface MarketplaceJson {
  label?: string
  constants?: Record<string, { label?: string; value_constraint?: string }>
  models?: Array<{ name?: string; connection_constant?: string }>
}

function readText(commit: CommitReader, file: string): string {
  const bytes = commit.read(file)
  if (!bytes) throw missingFile(file, commit.sha)
  return bytes.toString('utf8')
}

function readJson(commit: CommitReader, file: string): MarketplaceJson {
  try {
    return JSON.parse(readText(commit, file)) as MarketplaceJson
  } catch (error) {
    if (error instanceof InstallRefusal) throw error
    throw unreadable(file, commit.sha, (error as Error).message)
  }
}

/** `workspace-switcher` or `https://host/org/workspace-switcher.git` -> `workspace_switcher`. */
export function listingIdFor(repository: string): string {
  const base = path.basename(repository.replace(/[/\\]+$/, '')).replace(/\.git$/, '')
  return (
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'listing'
  )
}

/** Reads and checks the listing at the commit; throws an InstallRefusal like Looker would. */
export function readListing(commit: CommitReader, listingId?: string): Listing {
  const json = readJson(commit, 'marketplace.json')
  const manifestText = readText(commit, 'manifest.lkml')
  const models = (json.models ?? []).map((m) => String(m.name ?? ''))
  const modelFiles = commit.files.filter((f) => f.endsWith('.model.lkml'))
  if (!modelFiles.length) throw noModel(commit.sha)
  for (const model of models) {
    if (!modelFiles.some((f) => path.posix.basename(f) === `${model}.model.lkml`))
      throw missingModel(model, commit.sha)
  }
  const manifest = parseManifest(manifestText)
  const application = manifest.extensionId.split('::')[1]!
  const file = /\bfile\s*:\s*"([^"]+)"/.exec(manifestText.replace(/#[^\n]*/g, ''))?.[1]
  if (!file) throw noApplicationFile(application)
  const bundle = commit.read(file)
  if (!bundle) throw missingApplicationFile(application, file, commit.sha)
  return {
    listingId: listingId ?? listingIdFor(commit.repository),
    label: json.label ?? manifest.label,
    repository: commit.repository,
    sha: commit.sha,
    constants: Object.entries(json.constants ?? {}).map(([name, c]) => ({
      name,
      label: c.label ?? name,
      valueConstraint: c.value_constraint ?? null,
    })),
    models,
    application,
    file,
    bundle,
    manifestText,
  }
}

/** Fills the constants and names the project; refuses an unfilled or impossible value. */
export function installListing(
  listing: Listing,
  values: Record<string, string>,
  /** Looker's connections; null when unknown (a real Looker): any name is taken. */
  connections: string[] | null
): InstalledApp {
  for (const constant of listing.constants) {
    const value = values[constant.name]?.trim()
    if (!value) throw unfilledConstant(constant.label, constant.name)
    if (constant.valueConstraint === 'connection' && connections && !connections.includes(value))
      throw unknownConnection(value, connections)
  }
  const projectId = `marketplace_${listing.listingId}`
  return {
    ...listing,
    projectId,
    extensionId: `${projectId}::${listing.application}`,
    installedManifest: listing.manifestText.replace(
      /project_name\s*:\s*"[^"]*"/,
      `project_name: "${projectId}"`
    ),
    values,
  }
}

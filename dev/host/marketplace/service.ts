/**
 * The emulator's Marketplace: installs a commit (read, checked, constants filled), creates the
 * read-only project in the fake Looker, and from then on the host serves that install.
 */
import { openCommit, parseInstallSpec } from './git'
import { installListing, readListing, type InstalledApp, type Listing } from './listing'

export interface MarketplaceService {
  /** Connections an installer may pick, or null when Looker's list is unknown (a real Looker). */
  connections: string[] | null
  /** Reads and checks `<repository>[@<sha>]` (throws InstallRefusal). */
  read(spec: string, listingId?: string): Listing
  /** Installs it with the constants' values (throws InstallRefusal); the host serves it next. */
  install(spec: string, values: Record<string, string>, listingId?: string): InstalledApp
  /** The install the host serves, or null while it serves the manual (working tree) one. */
  current(): InstalledApp | null
}

/** Where the install goes: the fake Looker's project hook (absent with a real Looker). */
export interface MarketplaceTarget {
  connections: string[] | null
  createProject?(projectId: string, repository: string, commit: string): void
}

export function createMarketplace(target: MarketplaceTarget): MarketplaceService {
  let installed: InstalledApp | null = null
  const read = (spec: string, listingId?: string) => {
    const { repository, ref } = parseInstallSpec(spec)
    const commit = openCommit(repository, ref)
    try {
      return readListing(commit, listingId)
    } finally {
      commit.close()
    }
  }
  return {
    connections: target.connections,
    read,
    install(spec, values, listingId) {
      const app = installListing(read(spec, listingId), values, target.connections)
      target.createProject?.(app.projectId, app.repository, app.sha)
      installed = app
      return app
    },
    current: () => installed,
  }
}

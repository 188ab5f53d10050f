/**
 * Variant keys name the LookML a git commit holds: `<base>@<branch>`. The core stores one per
 * commit; this module turns a key into LookML. Keys it does not know fall back gracefully: a known
 * base with an unknown branch gets the base's `prod`, anything else a generic model.
 */
import { ecommerceProject } from './ecommerce'
import {
  financeProject,
  genericProject,
  inventoryProject,
  marketingProject,
  sandboxProject,
  warehouseProject,
} from './smallProjects'
import type { LookmlProject } from './types'

const builders: Record<string, (projectId: string) => LookmlProject> = {
  'ecommerce@prod': (id) => ecommerceProject('prod', id),
  'ecommerce@net-revenue': (id) => ecommerceProject('net-revenue', id),
  'ecommerce@broken-ref': (id) => ecommerceProject('broken-ref', id),
  'ecommerce@warning': (id) => ecommerceProject('warning', id),
  'ecommerce@drop-field': (id) => ecommerceProject('drop-field', id),
  'marketing@prod': marketingProject,
  'finance@prod': financeProject,
  'inventory@prod': inventoryProject,
  'sandbox@prod': sandboxProject,
  'warehouse@prod': warehouseProject,
}

const cache = new Map<string, LookmlProject>()

/** The LookML of `variantKey` as project `projectId` holds it (cached; treat as read-only). */
export function lookmlFor(variantKey: string, projectId: string): LookmlProject {
  const cacheKey = `${variantKey}\u0000${projectId}`
  const hit = cache.get(cacheKey)
  if (hit) return hit
  const base = variantKey.split('@')[0] ?? ''
  const build = builders[variantKey] ?? builders[`${base}@prod`]
  const project = build
    ? { ...build(projectId), variantKey }
    : genericProject(projectId, variantKey)
  cache.set(cacheKey, project)
  return project
}

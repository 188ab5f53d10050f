/**
 * A deploy whose outcome is not known yet: written to extension local storage right before the
 * deploy is sent (as the put-back intent is, src/state/putBack.tsx) and closed once Looker's
 * answer, or production read back, tells. A reload meanwhile finds it and says a deploy may be
 * under way until production is read back.
 */
import type { HostAdapter } from '../../looker'

export interface DeployRecord {
  branch: string
  commit: string | null
  productionBefore: string | null
  /** When it was sent (ms since the epoch). */
  since: number
  /** Why the outcome is unknown: Looker's words, or null until the answer is lost. */
  lost: string | null
}

/** How a deploy under way ended, read back from production. */
export type Settled =
  | { kind: 'applied'; record: DeployRecord; production: string | null }
  | { kind: 'notApplied'; record: DeployRecord; production: string | null }
  | { kind: 'other'; record: DeployRecord; production: string | null }

const keyOf = (projectId: string) => `ship:${projectId}:deploy-under-way`

/** Storage is best effort: the deploy must not fail because the host could not store a flag. */
export function saveRecord(host: HostAdapter, projectId: string, record: DeployRecord | null) {
  return host.setItem(keyOf(projectId), record ? JSON.stringify(record) : '').catch(() => undefined)
}

export async function loadRecord(
  host: HostAdapter,
  projectId: string
): Promise<DeployRecord | null> {
  // Stryker disable next-line ArrowFunction: undefined and null are both "nothing stored" below
  const text = await host.getItem(keyOf(projectId)).catch(() => null)
  // Stryker disable next-line ConditionalExpression: without it JSON.parse refuses '' and null alike
  if (!text) return null
  try {
    const r = JSON.parse(text) as Partial<DeployRecord>
    if (typeof r.branch !== 'string' || typeof r.since !== 'number') return null
    return {
      branch: r.branch,
      commit: r.commit ?? null,
      productionBefore: r.productionBefore ?? null,
      since: r.since,
      lost: r.lost ?? null,
    }
  } catch {
    return null
  }
}

/**
 * What production, read at `now`, says about a deploy under way: applied (it runs the commit
 * sent), moved elsewhere (someone else deployed), not applied (still the old commit after
 * `settleMs`), or still unknown (null).
 */
export function settle(
  record: DeployRecord,
  production: string | null,
  now: number,
  settleMs: number
): Settled | null {
  if (production === null) return null
  if (production === record.commit) return { kind: 'applied', record, production }
  if (production !== record.productionBefore) return { kind: 'other', record, production }
  if (now - record.since >= settleMs) return { kind: 'notApplied', record, production }
  return null
}

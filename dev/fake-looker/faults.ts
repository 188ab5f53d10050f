/** Injected faults (FaultSpec): matched per request, counted down, removed when used up. */
import type { FaultSpec } from './types'

/** mulberry32: a seeded PRNG so `rate` faults hit the same requests on every run. */
function prng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class FaultSet {
  private faults: Array<FaultSpec & { left: number }> = []
  private readonly random = prng(42)

  add(fault: FaultSpec): void {
    if (fault.route) new RegExp(fault.route) // fail early on a bad regex
    this.faults.push({ ...fault, left: fault.times ?? Infinity })
  }

  clear(): void {
    this.faults = []
  }

  /** The first fault that hits this request (consuming one of its `times`), or null. `user`: key and id. */
  take(operation: string | null, methodPath: string, user: string[]): FaultSpec | null {
    for (const fault of this.faults) {
      if (fault.operation && fault.operation !== operation) continue
      if (fault.route && !new RegExp(fault.route).test(methodPath)) continue
      if (fault.user && !user.includes(fault.user)) continue
      if (fault.rate !== undefined && this.random() >= fault.rate) continue
      fault.left--
      if (fault.left <= 0) this.faults = this.faults.filter((f) => f !== fault)
      return fault
    }
    return null
  }
}

/**
 * Seed registry: `buildSeed('demo' | 'large' | 'huge' | 'huge:<projects>' | 'content' |
 * 'content:<dashboards>' | 'health:<projects>')`.
 */
import type { FakeState } from '../model'
import { contentSeed } from './content'
import { demoSeed } from './demo'
import { healthSeed } from './health'
import { hugeSeed } from './huge'
import { largeSeed } from './large'

export { USERS, findUser, rolesOf, permissionsOf } from './users'

const seeds: Record<string, () => FakeState> = {
  demo: demoSeed,
  large: largeSeed,
  huge: () => hugeSeed(),
}

/** A fresh state for the named seed; throws for an unknown name. */
export function buildSeed(name: string): FakeState {
  if (/^content(:\d+)?$/.test(name)) return contentSeed(name)
  const sized = /^huge:(\d+)$/.exec(name)
  if (sized) return hugeSeed(Number(sized[1]))
  const health = /^health(?::(\d+))?$/.exec(name)
  if (health) return healthSeed(health[1] ? Number(health[1]) : undefined)
  const make = seeds[name]
  if (!make) throw new Error(`Unknown seed "${name}" (known: ${Object.keys(seeds).join(', ')})`)
  return make()
}

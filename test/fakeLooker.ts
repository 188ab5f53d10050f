/**
 * A fresh fake Looker for specs, without React: the api and feature-module specs import it from
 * here so they load fast and run in jest's node environment (`npm run mutate`). `renderApp`
 * re-exports it; it is the one place specs get a fake Looker from.
 */
import { createFakeLooker, type FakeLookerCore } from '../dev/fake-looker'
import type { QueryServiceOptions } from '../dev/fake-looker/lookml'
import type { FakeLookerOptions, FakeRequest } from '../dev/fake-looker/types'

export type { FakeLookerCore as FakeLooker } from '../dev/fake-looker'
/** Another Looker tab or API client acting as a user (`clientFor(looker, 'grace')`). */
export { clientFor, enter } from '../dev/fake-looker/testing'

export interface FakeLookerSetup {
  /** 'demo' (default) or 'large' (200 projects). */
  seed?: 'demo' | 'large'
  /** Knobs of the fake's query engine, e.g. `{ slowQueryMs }`. */
  queryOptions?: QueryServiceOptions
  /** Other options of the fake, e.g. `{ latencyMs }`. */
  lookerOptions?: FakeLookerOptions
}

/** A fresh fake Looker whose users share one UI session each, as inside Looker. */
export function fakeLooker({ seed = 'demo', queryOptions, lookerOptions }: FakeLookerSetup = {}) {
  return createFakeLooker({ ...lookerOptions, seed, sessionMode: 'ui' }, queryOptions)
}

/** The requests of `operation` the fake Looker receives from now on, as it received them. */
export function requestsOf(looker: FakeLookerCore, operation: string): FakeRequest[] {
  const seen: FakeRequest[] = []
  looker.intercept(operation, (req, next) => {
    seen.push(req)
    return next()
  })
  return seen
}

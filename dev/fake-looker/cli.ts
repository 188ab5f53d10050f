/**
 * `npm run fake-looker -- --port 8081 --seed demo --session-mode token|ui --token-ttl 3600
 *  --latency 0 --state file.json --dev-denied error|silent [--json-404] --looker-version 24|25|26`
 * Starts the fake Looker and prints its URL; Ctrl-C stops it (the state file is saved).
 */
import { parseArgs } from 'util'
import { startFakeLookerServer } from './server'
import { LOOKER_VERSIONS } from './profiles'
import type { SessionMode } from './types'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8081' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: 'demo' },
    'session-mode': { type: 'string', default: 'token' },
    'token-ttl': { type: 'string', default: '3600' },
    latency: { type: 'string', default: '0' },
    state: { type: 'string' },
    'dev-denied': { type: 'string', default: 'error' },
    'json-404': { type: 'boolean', default: false },
    'looker-version': { type: 'string', default: '26' },
  },
})

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    console.error(`--${name} must be one of: ${allowed.join(', ')}`)
    process.exit(2)
  }
  return value as T
}

async function main(): Promise<void> {
  const server = await startFakeLookerServer({
    port: Number(values.port),
    host: values.host,
    seed: values.seed,
    sessionMode: oneOf<SessionMode>('session-mode', values['session-mode']!, ['token', 'ui']),
    tokenTtlSeconds: Number(values['token-ttl']),
    latencyMs: Number(values.latency),
    statePath: values.state,
    devDenied: oneOf('dev-denied', values['dev-denied']!, ['error', 'silent'] as const),
    html404: !values['json-404'],
    lookerVersion: oneOf('looker-version', values['looker-version']!, LOOKER_VERSIONS),
  })
  console.log(`Fake Looker listening on ${server.apiUrl}`)
  const stop = () => {
    server.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})

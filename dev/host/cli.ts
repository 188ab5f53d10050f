/**
 * `npm start` runs this (through tsx): the host emulator on PORT (default 8080) over the demo fake
 * Looker, or over a real Looker when LOOKER_BASE_URL, LOOKER_CLIENT_ID, LOOKER_CLIENT_SECRET are set.
 * HOST_HTTP2=1 serves it over HTTPS with HTTP/2 (a self-signed certificate), as the benchmark does.
 * `--install <repository path or URL>[@<sha>]` installs that commit as the Marketplace does first
 * (`--constant NAME=value` fills a constant, `--listing <id>` names the listing; constants left
 * out are asked for on a terminal and refused otherwise).
 * EXTENSION_LOADING=legacy serves the frame as Looker's legacy loader did (no doctype: quirks mode);
 * the default is the enhanced loader's `<!DOCTYPE html>` page. GIT_DEV_LOCKED=finance,inventory
 * makes those projects' development repositories locked (Looker 26.12's `is_git_dev_locked`).
 */
import { createInterface } from 'readline/promises'
import { FAKE_CONNECTIONS } from '../fake-looker'
import { startHostEmulator, type HostEmulatorOptions, type LookerCredentials } from './index'
import { InstallRefusal } from './marketplace/messages'
import { createMarketplace } from './marketplace/service'

function lookerFromEnv(): LookerCredentials | undefined {
  const { LOOKER_BASE_URL, LOOKER_CLIENT_ID, LOOKER_CLIENT_SECRET } = process.env
  if (!LOOKER_BASE_URL) return undefined
  if (!LOOKER_CLIENT_ID || !LOOKER_CLIENT_SECRET) {
    throw new Error('LOOKER_BASE_URL needs LOOKER_CLIENT_ID and LOOKER_CLIENT_SECRET too')
  }
  return {
    baseUrl: LOOKER_BASE_URL,
    clientId: LOOKER_CLIENT_ID,
    clientSecret: LOOKER_CLIENT_SECRET,
  }
}

/** The value after `flag`, every time it is given. */
function flagValues(args: string[], flag: string): string[] {
  return args.flatMap((arg, i) => (arg === flag && args[i + 1] ? [args[i + 1]!] : []))
}

/** `--install` and its constants; the ones not given are asked for when a person is there. */
async function installFromArgs(
  args: string[],
  connections: string[] | null
): Promise<HostEmulatorOptions['install']> {
  const [spec] = flagValues(args, '--install')
  if (!spec) return undefined
  const [listingId] = flagValues(args, '--listing')
  const values = Object.fromEntries(
    flagValues(args, '--constant').map((pair) => [
      pair.split('=')[0]!,
      pair.slice(pair.indexOf('=') + 1),
    ])
  )
  const listing = createMarketplace({ connections }).read(spec, listingId)
  const missing = listing.constants.filter((c) => !values[c.name])
  if (missing.length && process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout })
    for (const c of missing) {
      const offer =
        c.valueConstraint === 'connection' && connections ? ` (${connections.join(', ')})` : ''
      values[c.name] = (await rl.question(`${c.label}${offer}: `)).trim()
    }
    rl.close()
  }
  return { spec, values, listingId }
}

async function main() {
  const looker = lookerFromEnv()
  const install = await installFromArgs(process.argv.slice(2), looker ? null : FAKE_CONNECTIONS)
  const emulator = await startHostEmulator({
    install,
    port: Number(process.env.PORT ?? 8080),
    looker,
    lookerVersion: process.env.LOOKER_VERSION,
    fakeLooker: {
      seed: process.env.FAKE_LOOKER_SEED ?? 'demo',
      sessionMode: 'ui',
      behaviour: { gitDevLocked: (process.env.GIT_DEV_LOCKED ?? '').split(',').filter(Boolean) },
    },
    http2: process.env.HOST_HTTP2 === '1',
    extensionLoading: process.env.EXTENSION_LOADING === 'legacy' ? 'legacy' : 'enhanced',
  })
  const upstream = looker
    ? `Looker at ${looker.baseUrl}`
    : `fake Looker at ${emulator.fakeLookerUrl}`
  console.log(`Looker host emulator: ${emulator.url}  (extension origin ${emulator.frameOrigin})`)
  console.log(`Upstream: ${upstream}`)
  const installed = emulator.marketplace.current()
  if (installed)
    console.log(
      `Installed ${installed.repository} at ${installed.sha} as project ${installed.projectId} (${installed.extensionId}).`
    )
  console.log(`Open ${emulator.url} and choose Applications > Workspace Switcher.`)
  if (emulator.url.startsWith('https:'))
    console.log(
      `HTTP/2 with a self-signed certificate: accept it for ${emulator.url} and ${emulator.frameOrigin} (open both once).`
    )
  const stop = () => {
    void emulator.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  // A refusal is what Looker would show the admin: print it as it is.
  if (error instanceof InstallRefusal) console.error(error.message)
  else console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})

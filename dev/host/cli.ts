/**
 * `npm start` runs this (through tsx): the host emulator on PORT (default 8080) over the demo fake
 * Looker, or over a real Looker when LOOKER_BASE_URL, LOOKER_CLIENT_ID, LOOKER_CLIENT_SECRET are set.
 * HOST_HTTP2=1 serves it over HTTPS with HTTP/2 (a self-signed certificate), as the benchmark does.
 * EXTENSION_LOADING=legacy serves the frame as Looker's legacy loader did (no doctype: quirks mode);
 * the default is the enhanced loader's `<!DOCTYPE html>` page. GIT_DEV_LOCKED=finance,inventory
 * makes those projects' development repositories locked (Looker 26.12's `is_git_dev_locked`).
 */
import { startHostEmulator, type LookerCredentials } from './index'

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

async function main() {
  const looker = lookerFromEnv()
  const emulator = await startHostEmulator({
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
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})

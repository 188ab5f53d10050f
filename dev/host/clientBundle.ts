/** Bundles the host page's script (dev/host/client) with esbuild, which ships with tsx. */
import { build } from 'esbuild'
import path from 'path'

/** The browser script as one IIFE, built in memory at start-up. */
export async function bundleHostClient(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'client', 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    write: false,
    sourcemap: 'inline',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  return result.outputFiles[0]!.text
}

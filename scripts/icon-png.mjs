// `node scripts/icon-png.mjs`: renders docs/icon.svg to docs/icon.png (256 x 256) for the
// Marketplace listing, in Debian's Chromium (playwright-core), so the PNG is never drawn by hand.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const docs = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs')
const svg = readFileSync(path.join(docs, 'icon.svg'), 'utf8')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
try {
  const page = await browser.newPage({ viewport: { width: 256, height: 256 } })
  await page.setContent(`<body style="margin:0">${svg}</body>`)
  await page.locator('svg').screenshot({ path: path.join(docs, 'icon.png'), omitBackground: true })
} finally {
  await browser.close()
}
console.log('Wrote docs/icon.png')

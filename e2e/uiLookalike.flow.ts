/**
 * The stand-ins for @looker/components (src/shared/ui) keep Looker's look: the gallery
 * (e2e/lookalike/gallery.tsx, bundled here, never in dist/bundle.js) shows each beside the real
 * component, and each stand-in's picture must match both the real component's (within a
 * tolerance measured per case) and its committed baseline in e2e/baselines/ui/ (within 0.1%).
 * `UPDATE_BASELINES=1 node scripts/e2e.mjs ui-lookalike` rewrites the baselines and prints what
 * each stand-in differs from the real component by; docs/testing.md says when to use it.
 */
import { build } from 'esbuild'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs'
import path from 'path'
import type { Browser, Locator, Page } from 'playwright-core'
import { comparePngs, type Difference } from './lookalike/compare'
import type { Flow } from './flows'

const BASELINES = path.join(__dirname, 'baselines', 'ui')
const FAILURES = path.join(__dirname, 'screenshots', 'ui-lookalike')
const GALLERY_URL = 'http://ui-lookalike.test/'
const UPDATE = process.env.UPDATE_BASELINES === '1'

/**
 * Share of a stand-in's pixels that may differ from its baseline: the same Chromium and fonts
 * draw the same pixels (measured 0), so this allows a few pixels of anti-aliasing and no more: a
 * message bar's text one grey lighter (text4 for text5) is 1.2%.
 */
const BASELINE_TOLERANCE = 0.001

/**
 * Share of pixels that may differ between a stand-in and the real component. Measured (with
 * UPDATE_BASELINES=1, which prints it) at most 0.05% for every case not listed (the message
 * bars' icon edge), within this bound; those listed differ by the measure in their comment, and
 * a little more is allowed. A colour from another token fails them (a field's border is 6%).
 */
const REAL_TOLERANCE_DEFAULT = 0.002
const REAL_TOLERANCE: Record<string, number | null> = {
  // 0.13% (0.22% disabled): the caret's anti-aliased edge.
  'select-placeholder': 0.003,
  'select-value': 0.003,
  'select-focus': 0.003,
  'select-disabled': 0.004,
  // 1.00%: the surface is 1 px wider than components' (257 px against 256 px).
  'reason-tooltip': 0.015,
  // 3.76%: a table row is 1 px taller than the grid row (its border outside the 40 px).
  'windowed-table': 0.045,
  // Not compared (94%), a known drift: ReasonButton's inline opacity 0.5 overrides the 0.25 that
  // components' ButtonBase gives aria-disabled buttons. Its baseline still holds it.
  'reason-button-unavailable': null,
  // 1.55%, a known drift: ReasonButton's own margin (u2 right and below) puts the confirm button
  // 8 px further left and 4 px higher than DialogFooter would.
  'confirm-dialog': 0.02,
}

interface Case {
  name: string
  /** What to photograph inside each side (the side itself when empty). */
  shot: string | null
  act: 'hover' | 'focus' | null
}

async function galleryHtml(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'lookalike', 'gallery.tsx')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
    // components' ES modules re-export type-only names, which esbuild refuses: its CommonJS build.
    mainFields: ['main'],
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  const script = result.outputFiles[0]!.text.replace(/<\/script/g, '<\\/script')
  // Each case on one row: its name, the stand-in, the real component, in 400 px columns; room
  // above for a tooltip.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Look-alikes</title>
<style>
  body { margin: 0; caret-color: transparent; }
  section { display: grid; grid-template-columns: 12rem 400px 400px; gap: 24px;
    align-items: start; padding: 64px 16px 12px; }
  h2 { margin: 0; font: 12px monospace; }
</style></head>
<body><div id="root"></div><script>${script}</script></body></html>`
}

/** A fresh page of the gallery (or of what `query` names), fonts loaded. */
async function openGallery(browser: Browser, html: string, query = ''): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1200, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'UTC',
  })
  const page = await context.newPage()
  await page.route(`${GALLERY_URL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: html })
  )
  await show(page, query)
  return page
}

/** Loads the gallery, or what `query` names, in `page`. */
async function show(page: Page, query: string): Promise<void> {
  await page.goto(GALLERY_URL + query)
  await page.evaluate(() => document.fonts.ready)
}

/** Puts the pointer and focus back where nothing reacts to them. */
async function rest(page: Page): Promise<void> {
  await page.mouse.move(0, 0)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
}

/** A picture of one element, the same every time: no animation, no caret, CSS pixels. */
function photograph(locator: Locator): Promise<Buffer> {
  return locator.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' })
}

/** The picture of one side of a case, after its hover or focus. */
async function shootSide(page: Page, c: Case, side: 'standin' | 'real'): Promise<Buffer> {
  await rest(page)
  const root = page.locator(`[data-case='${c.name}'] [data-side='${side}']`)
  const target = root.locator('button, input, select').first()
  if (c.act === 'hover') await target.hover()
  if (c.act === 'focus') await target.focus()
  if (!c.shot) return photograph(root)
  const inside = root.locator(c.shot)
  if ((await inside.count()) > 0) return photograph(inside.first())
  // components' Tooltip is in a portal, outside the side, and names its text, not its surface;
  // it fades in, so the picture waits until nothing around it is translucent.
  const portal = page.locator(`${c.shot}:not([data-side='standin'] *)`).first().locator('..')
  await portal.waitFor({ state: 'visible' })
  await page.waitForFunction(
    (el) => {
      for (let node: Element | null = el; node; node = node.parentElement)
        if (getComputedStyle(node).opacity !== '1' || node.getAnimations().length) return false
      return true
    },
    await portal.elementHandle()
  )
  return photograph(portal)
}

/** The confirmation dialog alone on a page (a modal covers the rest). */
async function shootDialog(browser: Browser, html: string, side: 'standin' | 'real') {
  const page = await openGallery(browser, html, `?dialog=${side}`)
  try {
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    await rest(page)
    return await photograph(dialog)
  } finally {
    await page.context().close()
  }
}

function percent(d: Difference): string {
  return `${(d.ratio * 100).toFixed(2)}% of ${d.width}x${d.height} px (${d.sizes})`
}

/** Keeps the pictures of a failed comparison beside the flow's screenshot. */
function keep(name: string, pictures: Record<string, Buffer>): string {
  mkdirSync(FAILURES, { recursive: true })
  for (const [kind, png] of Object.entries(pictures))
    writeFileSync(path.join(FAILURES, `${name}-${kind}.png`), png)
  return `e2e/screenshots/ui-lookalike/${name}-*.png`
}

/** Compares one stand-in with the real component and with its baseline; returns the problems. */
async function check(
  page: Page,
  name: string,
  standIn: Buffer,
  real: Buffer,
  measured: string[]
): Promise<string[]> {
  const problems: string[] = []
  const vsReal = await comparePngs(page, standIn, real)
  measured.push(`${name}: ${percent(vsReal)}`)
  const allowed = REAL_TOLERANCE[name] === undefined ? REAL_TOLERANCE_DEFAULT : REAL_TOLERANCE[name]
  if (allowed !== null && vsReal.ratio > allowed) {
    const where = keep(name, { standin: standIn, real, 'diff-real': vsReal.diffPng })
    problems.push(
      `${name}: differs from the real component by ${percent(vsReal)}, over ${(allowed * 100).toFixed(2)}% (${where})`
    )
  }
  const baseline = path.join(BASELINES, `${name}.png`)
  if (UPDATE) {
    mkdirSync(BASELINES, { recursive: true })
    writeFileSync(baseline, standIn)
    return problems
  }
  if (!existsSync(baseline)) {
    keep(name, { standin: standIn })
    return [...problems, `${name}: no baseline (UPDATE_BASELINES=1 makes it)`]
  }
  const expected = readFileSync(baseline)
  const vsBaseline = await comparePngs(page, standIn, expected)
  if (vsBaseline.ratio > BASELINE_TOLERANCE) {
    const where = keep(name, {
      standin: standIn,
      baseline: expected,
      'diff-baseline': vsBaseline.diffPng,
    })
    problems.push(`${name}: differs from its baseline by ${percent(vsBaseline)} (${where})`)
  }
  return problems
}

export const uiLookalikeFlow: Flow = {
  name: 'ui-lookalike',
  // A test page of its own: the app's pages check these stand-ins' accessibility where they
  // are used.
  endsOutsideExtension: true,
  async run({ page }) {
    const browser = page.context().browser()!
    const html = await galleryHtml()
    rmSync(FAILURES, { recursive: true, force: true })
    const problems: string[] = []
    const measured: string[] = []
    const gallery = await openGallery(browser, html)
    try {
      const cases = await gallery.$$eval('[data-case]', (sections) =>
        sections.map((s) => ({
          name: s.getAttribute('data-case')!,
          shot: s.getAttribute('data-shot'),
          act: s.getAttribute('data-act') as Case['act'],
        }))
      )
      for (const c of cases) {
        await show(gallery, `?case=${c.name}`)
        const standIn = await shootSide(gallery, c, 'standin')
        const real = await shootSide(gallery, c, 'real')
        problems.push(...(await check(gallery, c.name, standIn, real, measured)))
      }
      const standIn = await shootDialog(browser, html, 'standin')
      const real = await shootDialog(browser, html, 'real')
      problems.push(...(await check(gallery, 'confirm-dialog', standIn, real, measured)))
    } finally {
      await gallery.context().close()
    }
    if (UPDATE) console.log(`    stand-in against real:\n      ${measured.join('\n      ')}`)
    if (problems.length) throw new Error(problems.join('\n'))
  },
}

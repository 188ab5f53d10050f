/**
 * `npm run bench`: what users feel, measured in headless Chromium inside the host emulator over the
 * fake Looker. Every figure is a ratio to a floor measured in the same run (so it holds on a noisy
 * machine); prints a table and writes bench/results/latest.json. Nothing here is asserted in tests.
 *
 *   npm run bench               the full run, budgets applied
 *   npm run bench -- --quick    small N, no budgets (CI runs it so the benchmark cannot rot)
 *   npm run bench -- --profile  also saves CPU profiles of the projects page at 400 projects and
 *                               of the big results (run, first screenful, scrolling)
 *   npm run bench -- --no-build reuses the bundles of the last run (while working on the bench)
 */
import { mkdirSync, writeFileSync } from 'fs'
import os from 'os'
import path from 'path'
import { launch } from './browser'
import { apiCostAndMemory } from './figures/apiCost'
import { bigResults } from './figures/bigResults'
import { branchFilter } from './figures/branchFilter'
import { bundle } from './figures/bundle'
import { comparison } from './figures/comparison'
import { contentCheck } from './figures/contentCheck'
import { gitHealth } from './figures/gitHealth'
import { overviewGrowth, overviewWithLatency, profileOverview } from './figures/overview'
import { timeToWorkspace } from './figures/timeToWorkspace'
import { details, figures, ONLY, PROFILE, QUICK, RESULTS, printTable } from './lib/report'

async function main() {
  const started = Date.now()
  mkdirSync(RESULTS, { recursive: true })
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, node ${process.version}`
  console.log(
    `Workspace Switcher benchmark${QUICK ? ' (quick: small N, no budgets)' : ''}\n${machine}`
  )
  if (!ONLY || ONLY === 'bundle') await bundle()
  if (ONLY === 'bundle') return printTable()
  const browser = await launch()
  console.log(`Chromium ${browser.version()}`)
  try {
    const steps = {
      timeToWorkspace,
      overviewWithLatency,
      overviewGrowth,
      apiCostAndMemory,
      branchFilter,
      gitHealth,
      comparison,
      bigResults,
      contentCheck,
      ...(PROFILE ? { profileOverview } : {}),
    }
    for (const [name, step] of Object.entries(steps))
      if (!ONLY || ONLY === name) await step(browser)
  } finally {
    await browser.close()
  }
  printTable()
  const seconds = (Date.now() - started) / 1000
  console.log(
    `\n${figures.filter((f) => f.verdict === 'OVER').length} over budget; ${seconds.toFixed(0)} s`
  )
  const result = {
    at: new Date().toISOString(),
    quick: QUICK,
    machine,
    chromium: browser.version(),
    seconds,
    figures,
    details,
  }
  writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log('Written: bench/results/latest.json')
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})

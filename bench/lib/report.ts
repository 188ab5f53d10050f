/** The benchmark's figures: each a ratio to a floor measured in the same run, its budget and verdict. */
import path from 'path'

export const ROOT = path.resolve(__dirname, '..', '..')
export const RESULTS = path.join(ROOT, 'bench', 'results')
export const QUICK = process.argv.includes('--quick')
export const PROFILE = process.argv.includes('--profile')
/** `--only=<step>`: one step (bundle, timeToWorkspace, overviewGrowth, comparison...), while working on it. */
export const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice(7)
/** Rounds of `project_workspace` reads: the page keeps 8 in flight (MAX_IN_FLIGHT). */
export const IN_FLIGHT = 8

export interface Figure {
  figure: string
  value: number
  floor: number
  unit: string
  /** value / floor */
  ratio: number
  /** The budget on the ratio (or on the value when `absolute`), null when only informative. */
  budget: number | null
  absolute?: boolean
  verdict: 'PASS' | 'OVER' | '-'
}

export const figures: Figure[] = []
export const details: Record<string, unknown> = {}

export function add(
  figure: string,
  value: number,
  floor: number,
  unit: string,
  budget: number | null,
  absolute = false
) {
  // A floor of 0 on an absolute budget: no floor to divide by (the ratio is shown as '-').
  const ratio =
    floor > 0
      ? value / floor
      : absolute && floor === 0 && value > 0
        ? NaN
        : value === 0
          ? 1
          : Infinity
  const checked = absolute ? value : ratio
  const verdict = QUICK || budget === null ? '-' : checked <= budget ? 'PASS' : 'OVER'
  figures.push({ figure, value, floor, unit, ratio, budget, absolute, verdict })
  const shown = Number.isNaN(ratio)
    ? fmt(value, unit)
    : `${fmt(value, unit)} / ${fmt(floor, unit)} = ${ratio.toFixed(2)}x`
  console.log(
    `  ${figure}: ${shown}${budget === null ? '' : ` (budget ${budgetText(budget, absolute, unit)}) ${verdict}`}`
  )
}

export function fmt(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'timeout'
  if (unit === 'KiB') return `${(value / 1024).toFixed(1)} KiB`
  if (unit === 'MiB') return `${(value / 1024 / 1024).toFixed(1)} MiB`
  if (unit === 'ms') return `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`
  return `${value} ${unit}`
}

export function budgetText(budget: number, absolute: boolean | undefined, unit: string): string {
  return absolute ? `<= ${fmt(budget, unit)}` : `<= ${budget}x`
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN
}

export function printTable() {
  const rows = figures.map((f) => [
    f.figure,
    fmt(f.value, f.unit),
    fmt(f.floor, f.unit),
    Number.isNaN(f.ratio) ? '-' : `${Number.isFinite(f.ratio) ? f.ratio.toFixed(2) : '∞'}x`,
    f.budget === null ? '' : budgetText(f.budget, f.absolute, f.unit),
    f.verdict,
  ])
  const head = ['figure', 'value', 'floor', 'ratio', 'budget', 'verdict']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(`\n${line(head)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`)
  for (const r of rows) console.log(line(r))
}

/** The change of a number between production and development, in words a person reads at once. */

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 })

/** "+12.5 (+3.4%)", "−210.25 (−4.9%)", or "+3" when production was 0; null for non-numbers. */
export function deltaText(production: unknown, development: unknown): string | null {
  if (typeof production !== 'number' || typeof development !== 'number') return null
  const diff = development - production
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±'
  const absolute = `${sign}${number(Math.abs(diff))}`
  if (production === 0) return absolute
  const pct = Math.abs((diff / Math.abs(production)) * 100)
  return `${absolute} (${sign}${pct.toLocaleString('en-US', { maximumFractionDigits: 1 })}%)`
}

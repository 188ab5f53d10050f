/**
 * Accessibility check of what the extension shows: axe-core is injected into the extension's
 * frame (it is never in the bundle) and any serious or critical violation fails the flow.
 */
import { readFileSync } from 'fs'
import type { Frame, Page } from 'playwright-core'

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: unknown[]; failureSummary?: string }>
}

function extensionFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f !== page.mainFrame())
  if (!frame) throw new Error('axe: the extension frame is not there')
  return frame
}

/** Runs axe-core on the extension frame; throws listing each serious or critical violation. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const frame = extensionFrame(page)
  await frame.evaluate(AXE_SOURCE)
  const violations = (await frame.evaluate(async () => {
    // A dialog fades in: colours measured mid-transition are blends, so let transitions end first.
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)))
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<unknown> } }).axe
    const result = (await axe.run(document)) as { violations: unknown[] }
    return result.violations
  })) as AxeViolation[]
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  if (bad.length === 0) return
  const lines = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join('; ')}`
  )
  throw new Error(`axe-core on ${where}:\n  ${lines.join('\n  ')}`)
}

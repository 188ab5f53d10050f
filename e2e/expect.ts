/**
 * The few assertions the flows need (playwright-core has no `expect`): each waits until what a
 * person would see is there, and fails with what was seen instead.
 */
import type { Locator } from 'playwright-core'

export const TIMEOUT_MS = 15_000

/** Waits until the element's trimmed text is exactly `text`. */
export async function expectText(locator: Locator, text: string): Promise<void> {
  try {
    await locator
      .filter({ hasText: new RegExp(`^\\s*${escape(text)}\\s*$`) })
      .first()
      .waitFor({
        timeout: TIMEOUT_MS,
      })
  } catch {
    const seen = await locator
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => '(absent)')
    throw new Error(`expected text "${text}", saw "${seen?.trim()}" (${String(locator)})`)
  }
}

/** Waits until the element contains `text`. */
export async function expectContains(locator: Locator, text: string): Promise<void> {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ timeout: TIMEOUT_MS })
  } catch {
    const seen = await locator.allTextContents().catch(() => [])
    throw new Error(`expected "${text}" in ${String(locator)}, saw ${JSON.stringify(seen)}`)
  }
}

/** Asserts a switch's state now (after the screen has settled on something else). */
export async function expectChecked(locator: Locator, checked: boolean): Promise<void> {
  await locator.waitFor({ timeout: TIMEOUT_MS })
  const actual = await locator.isChecked()
  if (actual !== checked)
    throw new Error(`expected ${String(locator)} to be ${checked ? 'on' : 'off'}`)
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Fails when the element's text is cut: by its own box or any clipping ancestor (scrollWidth over
 * clientWidth where overflow hides it), or by the edge of the window.
 */
export async function expectNotCut(locator: Locator): Promise<void> {
  await locator.waitFor({ timeout: TIMEOUT_MS })
  const cut = await locator.evaluate((el) => {
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      const clips = getComputedStyle(e).overflowX !== 'visible' || e === el
      if (clips && e.scrollWidth > e.clientWidth + 1)
        return `${e.tagName}.${e.className}: ${e.scrollWidth} > ${e.clientWidth}`
    }
    const right = el.getBoundingClientRect().right
    return right > window.innerWidth + 1 ? `right edge ${right} > ${window.innerWidth}` : null
  })
  if (cut) throw new Error(`"${await locator.textContent()}" is cut (${cut}) (${String(locator)})`)
}

/** Fails unless the element is inside the visible part of the window: where the person looks. */
export async function expectInView(locator: Locator): Promise<void> {
  await locator.waitFor({ timeout: TIMEOUT_MS })
  const box = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return { top: r.top, bottom: r.bottom, height: window.innerHeight }
  })
  if (box.top < 0 || box.bottom > box.height)
    throw new Error(
      `${String(locator)} is out of view (${box.top}..${box.bottom} of ${box.height} px)`
    )
}

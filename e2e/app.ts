/** How a person finds things on the host page and in the extension frame (page objects, small). */
import type { FrameLocator, Page } from 'playwright-core'

/** The extension's frame, as Playwright reaches an opaque-origin iframe. */
export function extension(page: Page): FrameLocator {
  return page.frameLocator('iframe')
}

export function workspaceBadge(page: Page) {
  return extension(page).getByRole('region', { name: 'Workspace' }).getByLabel('Current workspace')
}

export function devModeSwitch(page: Page) {
  return extension(page).getByRole('switch', { name: 'Development Mode' })
}

/** The simulated Looker UI's own Development Mode indicator, outside the extension. */
export function lookerUiIndicator(page: Page) {
  return page.getByRole('status', { name: 'Looker UI Development Mode' })
}

/** Opens Applications > label from any Looker page. */
export async function openFromApplicationsMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Applications' }).click()
  await page.getByRole('menuitem', { name: label }).click()
}

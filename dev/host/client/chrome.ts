/**
 * The Looker-like page around the extension: the Applications menu, the user picker, and the
 * "Development Mode" indicator of the simulated Looker UI, which polls the user's workspace.
 */
import type { HostPageConfig } from '../wire'

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id)
  if (!el) throw new Error(`host page has no #${id}`)
  return el as T
}

/** The Applications menu: a button that opens a list of menu items. */
export function setUpMenu(): void {
  const button = byId<HTMLButtonElement>('apps-button')
  const menu = byId<HTMLElement>('apps-menu')
  const setOpen = (open: boolean) => {
    menu.hidden = !open
    button.setAttribute('aria-expanded', String(open))
  }
  button.addEventListener('click', () => setOpen(menu.hidden))
  document.addEventListener('keydown', (e) => e.key === 'Escape' && setOpen(false))
  document.addEventListener('mousedown', (e) => {
    if (!button.contains(e.target as Node) && !menu.contains(e.target as Node)) setOpen(false)
  })
  // Clicks inside the extension frame never reach this document; the SDK tells us instead.
  window.addEventListener('host:close-popovers', () => setOpen(false))
}

/** The user picker reloads the page as the chosen user (the server keeps it in a cookie). */
export function setUpUserPicker(): void {
  const picker = document.getElementById('user-picker') as HTMLSelectElement | null
  picker?.addEventListener('change', () => {
    const url = new URL(window.location.href)
    url.searchParams.set('user', picker.value)
    window.location.assign(url.href)
  })
}

/**
 * Polls the user's workspace and shows it like Looker's UI does (the toggle state plus the
 * banner). Returns a function that refreshes now, for after an API call that may have switched it.
 */
export function setUpDevModeIndicator(config: HostPageConfig): () => void {
  const indicator = byId<HTMLElement>('dev-mode')
  const banner = byId<HTMLElement>('dev-banner')
  let inFlight = false
  const refresh = async () => {
    if (inFlight) return
    inFlight = true
    try {
      const res = await fetch('/__host/workspace')
      const body = (await res.json()) as { workspace?: string; error?: string }
      const dev = body.workspace === 'dev'
      indicator.dataset.workspace = body.workspace ?? 'unknown'
      indicator.textContent = body.workspace
        ? `Development Mode: ${dev ? 'ON' : 'OFF'}`
        : 'Development Mode: unknown'
      indicator.title = body.error ?? `${config.user ?? 'API user'}: ${body.workspace}`
      banner.hidden = !dev
    } catch {
      indicator.textContent = 'Development Mode: unknown'
    } finally {
      inFlight = false
    }
  }
  void refresh()
  window.setInterval(() => document.visibilityState === 'visible' && void refresh(), 2000)
  return () => void refresh()
}

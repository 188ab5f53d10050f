/**
 * The host's event log in the page: `window.__hostEvents` for Playwright, and a copy posted to the
 * emulator server (`GET /__host/events`) so it survives reloads.
 */
import type { HostEvent } from '../wire'

declare global {
  interface Window {
    __hostEvents: HostEvent[]
  }
}

window.__hostEvents = window.__hostEvents ?? []

/** Records one event; refusals and extension errors also go to the console for people. */
export function record(type: string, payload?: unknown, refused?: string): void {
  const event: HostEvent = { type, at: Date.now() }
  if (payload !== undefined) event.payload = payload
  if (refused) event.refused = refused
  window.__hostEvents.push(event)
  if (refused) console.error(`[host] refused ${type}: ${refused}`)
  if (type === 'ERROR_EVENT') console.error('[host] extension error', payload)
  // keepalive: the request outlives the page when the event is EXTENSION_UNLOADED or a reload.
  void fetch('/__host/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
    keepalive: true,
  }).catch(() => undefined)
}

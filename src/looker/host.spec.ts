/** The host adapter hands each request to the one extension SDK call it names. */
import type { ExtensionSDK } from '@looker/extension-sdk'
import { createExtensionHost } from './host'

// jest's node environment (mutation testing) has no ErrorEvent; browsers and jsdom do.
if (typeof ErrorEvent === 'undefined') {
  class NodeErrorEvent extends Event {
    readonly message: string
    readonly error: unknown
    constructor(type: string, init: { message?: string; error?: unknown } = {}) {
      super(type)
      this.message = init.message ?? ''
      this.error = init.error
    }
  }
  Object.assign(globalThis, { ErrorEvent: NodeErrorEvent })
}

function fakeExtensionSdk() {
  const stored = new Map<string, string>([['kept', 'value']])
  const sdk = {
    localStorageGetItem: jest.fn(async (key: string) => stored.get(key) ?? null),
    localStorageSetItem: jest.fn(async (key: string, value: string) => {
      stored.set(key, value)
      return true
    }),
    updateLocation: jest.fn(),
    openBrowserWindow: jest.fn(),
    error: jest.fn(),
  }
  return { sdk, stored, host: createExtensionHost(sdk as unknown as ExtensionSDK) }
}

test('storage reads and writes the extension’s own local storage', async () => {
  const { sdk, stored, host } = fakeExtensionSdk()
  expect(await host.getItem('kept')).toBe('value')
  expect(await host.getItem('missing')).toBeNull()
  await expect(host.setItem('k', 'v')).resolves.toBeUndefined()
  expect(sdk.localStorageSetItem).toHaveBeenCalledWith('k', 'v')
  expect(stored.get('k')).toBe('v')
})

test('navigation goes to the Looker page; an outside page opens in a new tab', () => {
  const { sdk, host } = fakeExtensionSdk()
  host.navigate('/explore/ecommerce/orders?fields=orders.count')
  expect(sdk.updateLocation).toHaveBeenCalledWith('/explore/ecommerce/orders?fields=orders.count')
  host.openWindow('https://cloud.google.com/looker/docs')
  expect(sdk.openBrowserWindow).toHaveBeenCalledWith(
    'https://cloud.google.com/looker/docs',
    '_blank'
  )
})

test('a crash is reported to Looker as an error event carrying the error', () => {
  const { sdk, host } = fakeExtensionSdk()
  const crash = new Error('boom')
  host.reportError(crash)
  expect(sdk.error).toHaveBeenCalledTimes(1)
  const event = sdk.error.mock.calls[0][0] as ErrorEvent
  expect(event.type).toBe('error')
  expect(event.message).toBe('boom')
  expect(event.error).toBe(crash)
})

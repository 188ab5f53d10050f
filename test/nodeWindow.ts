/**
 * For specs run in jest's node environment (`npm run mutate`): @looker/extension-sdk registers two
 * window listeners (error, beforeunload) when it is imported. The api specs never reach the
 * browser transport, so a window that accepts and ignores listeners is all they need.
 */
if (typeof window === 'undefined') {
  const ignore = () => undefined
  Object.assign(globalThis, { window: { addEventListener: ignore, removeEventListener: ignore } })
}

// @looker/extension-sdk installs window listeners when it is imported; node has no window.
const g = globalThis as unknown as { window?: unknown }
g.window ??= { addEventListener: () => undefined, removeEventListener: () => undefined }

import React, { useCallback, useContext, useMemo } from 'react'
import { ComponentsProvider } from '@looker/components'
import { ExtensionContext40 } from '@looker/extension-sdk-react'
import { createLookerApi } from './looker'
import { AppShell } from './AppShell'
import { ErrorBoundary } from './shared/ErrorBoundary'
import { extensionHost } from './state/host'

/**
 * Builds the LookerApi from the extension's proxied core SDK, once, and hands it to the shell.
 * Rendered inside ExtensionProvider40, so the host connection is established here.
 */
export function App() {
  const { coreSDK, extensionSDK } = useContext(ExtensionContext40)
  const api = useMemo(() => createLookerApi(coreSDK), [coreSDK])
  const host = useMemo(() => extensionHost(extensionSDK), [extensionSDK])
  // A render crash is reported to Looker as an extension error event (ERROR_EVENT).
  const report = useCallback(
    (error: Error) =>
      extensionSDK.error(new ErrorEvent('error', { message: error.message, error })),
    [extensionSDK]
  )
  return (
    <ComponentsProvider>
      <ErrorBoundary onError={report}>
        <AppShell api={api} host={host} />
      </ErrorBoundary>
    </ComponentsProvider>
  )
}

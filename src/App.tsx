import React, { useContext, useMemo } from 'react'
import { ComponentsProvider } from '@looker/components'
import { ExtensionContext40 } from '@looker/extension-sdk-react'
import { createExtensionHost, createLookerApi } from './looker'
import { AppShell } from './AppShell'
import { ErrorBoundary } from './shared/ErrorBoundary'

/**
 * Builds the LookerApi (the proxied core SDK) and the host adapter (storage, navigation, windows,
 * error reports) once, from the extension context, and hands them to the shell.
 * Rendered inside ExtensionProvider40, so the host connection is established here.
 */
export function App() {
  const { coreSDK, extensionSDK } = useContext(ExtensionContext40)
  const api = useMemo(() => createLookerApi(coreSDK), [coreSDK])
  const host = useMemo(() => createExtensionHost(extensionSDK), [extensionSDK])
  return (
    <ComponentsProvider>
      <ErrorBoundary onError={host.reportError}>
        <AppShell api={api} host={host} />
      </ErrorBoundary>
    </ComponentsProvider>
  )
}

import React, { useCallback, useContext, useMemo, useState } from 'react'
import { ComponentsProvider } from '@looker/components'
import { ExtensionContext40 } from '@looker/extension-sdk-react'
import { createExtensionHost, createLookerApi } from './looker'
import { AppShell } from './AppShell'
import { AppRouter } from './AppRouter'
import { ErrorBoundary } from './shared/ErrorBoundary'

/**
 * Builds the LookerApi (the proxied core SDK) and the host adapter (storage, navigation, windows,
 * error reports) once, from the extension context, and hands them to the shell.
 * Rendered inside ExtensionProvider40, so the host connection is established here.
 */
export function App() {
  const { coreSDK, extensionSDK, route } = useContext(ExtensionContext40)
  const api = useMemo(() => createLookerApi(coreSDK), [coreSDK])
  const host = useMemo(() => createExtensionHost(extensionSDK), [extensionSDK])
  const [initialRoute] = useState(() => extensionSDK.lookerHostData?.route || '/')
  const reportRoute = useCallback(
    (r: string, state?: unknown) => extensionSDK.clientRouteChanged(r, state),
    [extensionSDK]
  )
  return (
    <ComponentsProvider>
      <ErrorBoundary onError={host.reportError}>
        <AppRouter
          initialRoute={initialRoute}
          hostRoute={route ?? null}
          onRouteChange={reportRoute}
        >
          <AppShell api={api} host={host} />
        </AppRouter>
      </ErrorBoundary>
    </ComponentsProvider>
  )
}

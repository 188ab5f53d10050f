import React, { createContext, ReactNode, useContext } from 'react'
import type { HostAdapter } from '../looker'

const HostContext = createContext<HostAdapter | null>(null)

/** Provides the host adapter (the real one from App, an in-memory one in tests). */
export function HostProvider({ host, children }: { host: HostAdapter; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>
}

export function useHost(): HostAdapter {
  const host = useContext(HostContext)
  if (!host) throw new Error('useHost must be used inside <HostProvider>')
  return host
}

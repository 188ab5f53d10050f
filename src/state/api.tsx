import React, { createContext, ReactNode, useContext } from 'react'
import type { LookerApi } from '../looker'

const ApiContext = createContext<LookerApi | null>(null)

/** Provides the one LookerApi object, built where the providers are built (App, or a test). */
export function ApiProvider({ api, children }: { api: LookerApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

export function useLookerApi(): LookerApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useLookerApi must be used inside <ApiProvider>')
  return api
}

import { useCallback, useEffect, useMemo } from 'react'
import { useHistory, useLocation } from 'react-router-dom'
import type { QuerySpec } from '../../looker'
import { searchFromSpec, specFromSearch } from './querySpec'

/** The query panel's spec, kept in the URL so a query can be shared (replace: no history spam). */
export function useSpecInUrl(): [QuerySpec, (spec: QuerySpec) => void] {
  const { search, pathname } = useLocation()
  const history = useHistory()
  const spec = useMemo(() => specFromSearch(search), [search])
  const setSpec = useCallback(
    (next: QuerySpec) => history.replace({ pathname, search: `?${searchFromSpec(next)}` }),
    [history, pathname]
  )
  // A field named many times in the link is named once in the link the app keeps.
  useEffect(() => {
    const params = new URLSearchParams(search)
    const raw = params.get('fields')
    if (raw === null || raw === spec.fields.join(',')) return
    params.set('fields', spec.fields.join(','))
    history.replace({ pathname, search: `?${params.toString()}` })
  }, [search, spec, pathname, history])
  return [spec, setSpec]
}

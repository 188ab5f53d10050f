export { QueryPanel } from './QueryPanel'
export { useQueryRun } from './useQueryRun'
export type { QueryRun, RunState } from './useQueryRun'
export { useSpecInUrl } from './useSpecInUrl'

export { ContentImpactCheck } from './ContentImpactCheck'
export { ContentView } from './ContentView'

export { ShipView } from './ShipView'
export type { ShipSlots } from './ShipView'

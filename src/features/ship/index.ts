export { ShipView } from './ShipView'

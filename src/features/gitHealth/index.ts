export { GitHealth } from './GitHealth'

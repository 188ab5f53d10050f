export { SavedData } from './SavedData'

// Moved to src/looker (it reads Looker's error wording); the Ship page uses it too.
export { missingFields } from '../../looker'

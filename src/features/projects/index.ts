export { ProjectsOverview } from './ProjectsOverview'

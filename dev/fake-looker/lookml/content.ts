/**
 * Saved content (Looks and dashboards) on the demo models, and Looker's content validator over it
 * (`content_validation` -> GET /content_validation, see docs/looker-api-ship.md). The validator
 * checks each saved query's model, explore and fields against the LookML of the session's
 * workspace, like Looker's Content Validator, and reports only content with errors.
 */
import { exploreContext, resolveField } from './resolve'
import type { LookmlModelDef, LookmlProject } from './types'

interface SavedQuery {
  model: string
  explore: string
  fields: string[]
}

interface Look extends SavedQuery {
  id: string
  title: string
  folder: string
}

interface Tile extends SavedQuery {
  id: string
  title: string
}

interface Dashboard {
  id: string
  title: string
  folder: string
  tiles: Tile[]
}

const LOOKS: Look[] = [
  {
    id: '11',
    title: 'Revenue by status',
    folder: 'Sales',
    model: 'ecommerce',
    explore: 'orders',
    fields: ['orders.status', 'orders.total_revenue'],
  },
  {
    id: '12',
    title: 'Spend by channel',
    folder: 'Marketing',
    model: 'marketing',
    explore: 'campaigns',
    fields: ['campaigns.channel', 'campaigns.total_spend'],
  },
]

const DASHBOARDS: Dashboard[] = [
  {
    id: '21',
    title: 'Sales overview',
    folder: 'Sales',
    tiles: [
      {
        id: '211',
        title: 'Orders by month',
        model: 'ecommerce',
        explore: 'orders',
        fields: ['orders.created_month', 'orders.count'],
      },
      {
        id: '212',
        title: 'Average sale price by category',
        model: 'ecommerce',
        explore: 'orders',
        fields: ['products.category', 'orders.average_sale_price'],
      },
    ],
  },
  {
    id: '22',
    title: 'Invoices',
    folder: 'Finance',
    tiles: [
      {
        id: '221',
        title: 'Tax by status',
        model: 'finance',
        explore: 'invoices',
        fields: ['invoices.status', 'invoices.total_tax'],
      },
    ],
  },
]

type Json = Record<string, unknown>
type LiveModel = { project: LookmlProject; model: LookmlModelDef }

/** The errors of one saved query against the live models (empty when it is valid). */
function queryErrors(q: SavedQuery, models: LiveModel[]): Json[] {
  const at = { model_name: q.model, explore_name: q.explore, removable: false }
  const found = models.find((m) => m.model.name === q.model)
  const explore = found?.model.explores.find((e) => e.name === q.explore)
  if (!found || !explore) {
    return [{ message: 'Could not find the model or view requested.', field_name: null, ...at }]
  }
  const ctx = exploreContext(found.project, found.model, explore)
  return q.fields.flatMap((name) => {
    let ok = true
    try {
      ok = resolveField(ctx, name) !== null
    } catch {
      // Its SQL is broken: a LookML error, not the content's.
    }
    return ok
      ? []
      : [
          {
            message: `Unknown or inaccessible field "${name}"`,
            field_name: name,
            ...at,
            removable: true,
          },
        ]
  })
}

/** The models each piece of content uses belong to `projects` (all when the list is empty). */
function inProjects(q: SavedQuery, models: LiveModel[], projects: string[]): boolean {
  if (projects.length === 0) return true
  const owner = models.find((m) => m.model.name === q.model)?.project.projectId
  // Content on a model that no longer exists is kept: the project may have removed it.
  return owner === undefined || projects.includes(owner)
}

/** `ContentValidation` for the given live models, optionally filtered by project names. */
export function validateContent(models: LiveModel[], projectNames: string[]): Json {
  const folder = (name: string) => ({ name, id: name.toLowerCase() })
  const content: Json[] = []
  for (const look of LOOKS) {
    if (!inProjects(look, models, projectNames)) continue
    const errors = queryErrors(look, models)
    if (errors.length)
      content.push({
        id: `look-${look.id}`,
        look: {
          id: look.id,
          title: look.title,
          short_url: `/looks/${look.id}`,
          folder: folder(look.folder),
        },
        errors,
      })
  }
  let tiles = 0
  for (const dashboard of DASHBOARDS) {
    for (const tile of dashboard.tiles) {
      if (!inProjects(tile, models, projectNames)) continue
      tiles++
      const errors = queryErrors(tile, models)
      if (errors.length)
        content.push({
          id: `tile-${tile.id}`,
          dashboard: {
            id: dashboard.id,
            title: dashboard.title,
            description: null,
            url: `/dashboards/${dashboard.id}`,
            folder: folder(dashboard.folder),
          },
          dashboard_element: {
            id: tile.id,
            dashboard_id: dashboard.id,
            title: tile.title,
            type: 'vis',
            title_hidden: false,
          },
          errors,
        })
    }
  }
  return {
    content_with_errors: content,
    computation_time: 0.02,
    total_looks_validated: LOOKS.filter((l) => inProjects(l, models, projectNames)).length,
    total_dashboard_elements_validated: tiles,
    total_dashboard_filters_validated: 0,
    total_scheduled_plans_validated: 0,
    total_alerts_validated: 0,
    total_explores_validated: models.reduce((n, m) => n + m.model.explores.length, 0),
  }
}

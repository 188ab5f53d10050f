/**
 * Dashboards (user-defined and LookML), their tiles and Looks, answered as Looker's API shapes
 * them (`search_dashboard_elements`, `search_looks`, `look`, `all_dashboards`, `dashboard`; see
 * docs/content-impact.md). The demo's content: "Orders overview" has revenue tiles (changed by
 * `feature/net-revenue`) and count tiles (identical), a text tile, a merged-results tile, a tile
 * built on a Look, one with a table calculation and one with a pivot. The large seed gets 2,000
 * tiles over 200 dashboards on the first 50 projects' models (for the bench).
 */
import { modelNameFor } from './smallProjects'

type Json = Record<string, unknown>

export interface SavedQuery {
  model: string
  view: string
  fields: string[]
  pivots?: string[]
  filters?: Record<string, string>
  sorts?: string[]
  limit?: string
  dynamic_fields?: string
}

export interface FakeLook {
  id: string
  title: string
  folder: string
  query: SavedQuery
}

export interface FakeTile {
  id: string
  title: string
  type: 'vis' | 'text'
  query?: SavedQuery
  lookId?: string
  mergeResultId?: string
  /** Dashboard filter name -> field it sets on this tile. */
  listen?: Record<string, string>
}

export interface FakeDashboard {
  /** A number for user-defined dashboards, `model::name` for LookML ones. */
  id: string
  title: string
  folder: string
  /** Set on LookML dashboards only. */
  model?: string
  filters: Array<{ name: string; field: string; default: string }>
  tiles: FakeTile[]
}

export interface FakeContent {
  dashboards: FakeDashboard[]
  looks: FakeLook[]
}

const orders = (fields: string[], more: Partial<SavedQuery> = {}): SavedQuery => ({
  model: 'ecommerce',
  view: 'orders',
  fields,
  limit: '500',
  ...more,
})

const SHARE = JSON.stringify([
  {
    category: 'table_calculation',
    table_calculation: 'share_of_revenue',
    label: 'Share of revenue',
    expression: '${orders.total_revenue} / sum(${orders.total_revenue})',
  },
])

const DEMO: FakeContent = {
  looks: [
    {
      id: '11',
      title: 'Revenue by status',
      folder: 'Sales',
      query: orders(['orders.status', 'orders.total_revenue'], { sorts: ['orders.status'] }),
    },
    {
      id: '12',
      title: 'Spend by channel',
      folder: 'Marketing',
      query: {
        model: 'marketing',
        view: 'campaigns',
        fields: ['campaigns.channel', 'campaigns.total_spend'],
      },
    },
  ],
  dashboards: [
    {
      id: '31',
      title: 'Orders overview',
      folder: 'Sales',
      filters: [{ name: 'Status', field: 'orders.status', default: 'complete,shipped' }],
      tiles: [
        {
          id: '311',
          title: 'Revenue by status',
          type: 'vis',
          query: orders(['orders.status', 'orders.total_revenue'], { sorts: ['orders.status'] }),
          listen: { Status: 'orders.status' },
        },
        {
          id: '312',
          title: 'Revenue by month and status',
          type: 'vis',
          query: orders(['orders.created_month', 'orders.status', 'orders.total_revenue'], {
            pivots: ['orders.status'],
            sorts: ['orders.created_month'],
          }),
        },
        {
          id: '313',
          title: 'Share of revenue by status',
          type: 'vis',
          query: orders(['orders.status', 'orders.total_revenue'], { dynamic_fields: SHARE }),
          listen: { Status: 'orders.status' },
        },
        {
          id: '314',
          title: 'Order count',
          type: 'vis',
          query: orders(['orders.status', 'orders.count'], { sorts: ['orders.status'] }),
          listen: { Status: 'orders.status' },
        },
        {
          id: '315',
          title: 'Orders by month',
          type: 'vis',
          query: orders(['orders.created_month', 'orders.count'], {
            sorts: ['orders.created_month desc'],
          }),
        },
        { id: '316', title: 'Revenue by status (Look)', type: 'vis', lookId: '11' },
        { id: '317', title: 'About these numbers', type: 'text' },
        { id: '318', title: 'Revenue against spend', type: 'vis', mergeResultId: '5' },
      ],
    },
    {
      id: '22',
      title: 'Invoices',
      folder: 'Finance',
      filters: [],
      tiles: [
        {
          id: '221',
          title: 'Tax by status',
          type: 'vis',
          query: {
            model: 'finance',
            view: 'invoices',
            fields: ['invoices.status', 'invoices.total_tax'],
          },
        },
      ],
    },
    {
      id: 'ecommerce::category_lookml',
      title: 'Categories (LookML)',
      folder: 'LookML dashboards',
      model: 'ecommerce',
      filters: [{ name: 'Category', field: 'products.category', default: '' }],
      tiles: [
        {
          id: 'ecommerce::category_lookml::orders_by_category',
          title: 'Orders by category',
          type: 'vis',
          query: orders(['products.category', 'orders.count'], { sorts: ['products.category'] }),
          listen: { Category: 'products.category' },
        },
      ],
    },
  ],
}

/** `count` dashboards of 10 tiles, spread over 50 models (`modelOf(1..50)`): the bench's. */
function large(count: number, modelOf: (i: number) => string): FakeContent {
  const dashboards: FakeDashboard[] = []
  for (let d = 1; d <= count; d++) {
    const model = modelOf(((d - 1) % 50) + 1)
    const tiles: FakeTile[] = []
    for (let t = 1; t <= 10; t++) {
      tiles.push({
        id: String(d * 100 + t),
        title: `Tile ${t}`,
        type: 'vis',
        query: {
          model,
          view: 'events',
          fields: t % 2 ? ['events.kind', 'events.count'] : ['events.created_date', 'events.count'],
          limit: String(100 + t),
        },
      })
    }
    dashboards.push({
      id: String(1000 + d),
      title: `Dashboard ${d}`,
      folder: 'Bench',
      filters: [],
      tiles,
    })
  }
  return { dashboards, looks: [] }
}

/**
 * The saved content of a seed: `large` 2,000 tiles over 200 dashboards on the first 50 projects'
 * models; `content:<n>` n dashboards on the warehouse project's 50 models; anything else the demo's.
 */
export function contentFor(seed: string): FakeContent {
  if (seed === 'large')
    return large(200, (i) => modelNameFor(`project_${String(i).padStart(3, '0')}`))
  const sized = /^content(?::(\d+))?$/.exec(seed)
  if (sized) return large(Number(sized[1] ?? 200), (i) => `warehouse_${String(i).padStart(2, '0')}`)
  return DEMO
}

const folder = (name: string) => ({ id: name.toLowerCase().replace(/\W+/g, '_'), name })

function apiQuery(id: string, q: SavedQuery): Json {
  return {
    id,
    model: q.model,
    view: q.view,
    fields: q.fields,
    pivots: q.pivots ?? null,
    filters: q.filters ?? null,
    sorts: q.sorts ?? [],
    limit: q.limit ?? null,
    dynamic_fields: q.dynamic_fields ?? null,
  }
}

/** `LookWithQuery` (`look`, and a tile's `look`). */
export function apiLook(look: FakeLook): Json {
  return {
    id: look.id,
    title: look.title,
    folder: folder(look.folder),
    model: { id: look.query.model, label: look.query.model },
    query_id: `q-look-${look.id}`,
    query: apiQuery(`q-look-${look.id}`, look.query),
    short_url: `/looks/${look.id}`,
  }
}

/** `DashboardElement`, with its `result_maker` (filterables and their listens). */
export function apiElement(content: FakeContent, dashboard: FakeDashboard, tile: FakeTile): Json {
  const look = tile.lookId ? content.looks.find((l) => l.id === tile.lookId) : undefined
  const query = tile.query ? apiQuery(`q-tile-${tile.id}`, tile.query) : null
  const base = tile.query ?? look?.query
  return {
    id: tile.id,
    dashboard_id: dashboard.id,
    title: tile.title,
    type: tile.type,
    look_id: tile.lookId ?? null,
    look: look ? apiLook(look) : null,
    merge_result_id: tile.mergeResultId ?? null,
    query_id: query ? query.id : null,
    query,
    result_maker:
      tile.type === 'text'
        ? null
        : {
            merge_result_id: tile.mergeResultId ?? null,
            dynamic_fields: base?.dynamic_fields ?? null,
            filterables: base
              ? [
                  {
                    model: base.model,
                    view: base.view,
                    name: null,
                    listen: Object.entries(tile.listen ?? {}).map(([name, field]) => ({
                      dashboard_filter_name: name,
                      field,
                    })),
                  },
                ]
              : [],
          },
  }
}

/** `Dashboard` with its filters and elements. */
export function apiDashboard(content: FakeContent, dashboard: FakeDashboard): Json {
  return {
    id: dashboard.id,
    title: dashboard.title,
    folder: folder(dashboard.folder),
    model: dashboard.model ? { id: dashboard.model, label: dashboard.model } : null,
    dashboard_filters: dashboard.filters.map((f, i) => ({
      id: `${dashboard.id}-f${i}`,
      dashboard_id: dashboard.id,
      name: f.name,
      title: f.name,
      type: 'field_filter',
      default_value: f.default,
      dimension: f.field,
    })),
    dashboard_elements: dashboard.tiles.map((t) => apiElement(content, dashboard, t)),
  }
}

/**
 * The demo's other projects: one small model each over the same database, and the generic model
 * any unknown variant key gets (the `large` seed's 200 projects).
 */
import type { LookmlDataTest, LookmlProject, LookmlView } from './types'

function single(
  projectId: string,
  variantKey: string,
  modelName: string,
  view: LookmlView,
  tests: LookmlDataTest[] = []
): LookmlProject {
  const label = modelName.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase())
  return {
    projectId,
    variantKey,
    views: [view],
    models: [
      {
        name: modelName,
        label,
        connection: 'demo_warehouse',
        file: `${modelName}.model.lkml`,
        explores: [{ name: view.name, label: view.name.replace(/_/g, ' '), joins: [] }],
      },
    ],
    tests,
  }
}

const count = { name: 'count', type: 'count' as const }

export function marketingProject(projectId: string): LookmlProject {
  return single(projectId, 'marketing@prod', 'marketing', {
    name: 'campaigns',
    sqlTableName: 'public.campaigns',
    sourceFile: 'views/campaigns.view.lkml',
    dimensions: [
      { name: 'id', type: 'number', sql: '${TABLE}.id', primaryKey: true, label: 'ID' },
      { name: 'name', type: 'string', sql: '${TABLE}.name' },
      { name: 'channel', type: 'string', sql: '${TABLE}.channel' },
      { name: 'started_date', type: 'date', sql: 'DATE(${TABLE}.started_at)' },
    ],
    measures: [
      count,
      { name: 'total_spend', type: 'sum', sql: '${TABLE}.spend' },
      { name: 'total_clicks', type: 'sum', sql: '${TABLE}.clicks' },
      { name: 'total_conversions', type: 'sum', sql: '${TABLE}.conversions' },
    ],
  })
}

export function financeProject(projectId: string): LookmlProject {
  const tests: LookmlDataTest[] = [
    {
      name: 'invoice_tax_below_amount',
      model: 'finance',
      explore: 'invoices',
      fields: ['invoices.status', 'invoices.total_amount', 'invoices.total_tax'],
      assertions: [
        {
          name: 'tax_below_amount',
          expression: '${invoices.total_tax} < ${invoices.total_amount}',
        },
      ],
      file: 'tests/invoices.lkml',
      line: 1,
    },
  ]
  return single(
    projectId,
    'finance@prod',
    'finance',
    {
      name: 'invoices',
      sqlTableName: 'public.invoices',
      sourceFile: 'views/invoices.view.lkml',
      dimensions: [
        { name: 'id', type: 'number', sql: '${TABLE}.id', primaryKey: true, label: 'ID' },
        { name: 'customer', type: 'string', sql: '${TABLE}.customer' },
        { name: 'status', type: 'string', sql: '${TABLE}.status' },
        { name: 'is_paid', type: 'yesno', sql: "${status} = 'paid'" },
        { name: 'issued_date', type: 'date', sql: 'DATE(${TABLE}.issued_at)' },
      ],
      measures: [
        count,
        { name: 'total_amount', type: 'sum', sql: '${TABLE}.amount' },
        { name: 'total_tax', type: 'sum', sql: '${TABLE}.tax' },
      ],
    },
    tests
  )
}

export function inventoryProject(projectId: string): LookmlProject {
  return single(projectId, 'inventory@prod', 'inventory', {
    name: 'stock',
    sqlTableName: 'public.stock',
    sourceFile: 'views/stock.view.lkml',
    dimensions: [
      { name: 'id', type: 'number', sql: '${TABLE}.id', primaryKey: true, label: 'ID' },
      { name: 'warehouse', type: 'string', sql: '${TABLE}.warehouse' },
      { name: 'product_id', type: 'number', sql: '${TABLE}.product_id' },
      { name: 'needs_reorder', type: 'yesno', sql: '${TABLE}.quantity < ${TABLE}.reorder_level' },
    ],
    measures: [count, { name: 'total_quantity', type: 'sum', sql: '${TABLE}.quantity' }],
  })
}

/**
 * `scratch.legacy_code` points at a column the table lacks: running it is a database error.
 * `recent_orders` is a derived table whose SQL samples the last quarter in Development Mode only
 * (`-- if dev --`), so Looker adds its Development Mode note to every dev run of it.
 */
export function sandboxProject(projectId: string): LookmlProject {
  const project = single(projectId, 'sandbox@prod', 'sandbox', {
    name: 'scratch',
    sqlTableName: 'public.orders',
    sourceFile: 'views/scratch.view.lkml',
    dimensions: [
      { name: 'id', type: 'number', sql: '${TABLE}.id', primaryKey: true, label: 'ID' },
      { name: 'status', type: 'string', sql: '${TABLE}.status' },
      { name: 'legacy_code', type: 'string', sql: '${TABLE}.legacy_code' },
    ],
    measures: [count],
  })
  project.views.push(recentOrders)
  project.models[0]!.explores.push({ name: 'recent_orders', label: 'recent orders', joins: [] })
  return project
}

const recentOrders: LookmlView = {
  name: 'recent_orders',
  sqlTableName: 'recent_orders',
  derivedTableSql: [
    'SELECT id, status, sale_price, created_at FROM public.orders',
    '        -- if prod -- WHERE 1 = 1',
    "        -- if dev -- WHERE created_at >= '2024-10-01'",
  ].join('\n'),
  sourceFile: 'views/recent_orders.view.lkml',
  dimensions: [
    { name: 'id', type: 'number', sql: '${TABLE}.id', primaryKey: true, label: 'ID' },
    { name: 'status', type: 'string', sql: '${TABLE}.status' },
    { name: 'created_date', type: 'date', sql: 'DATE(${TABLE}.created_at)' },
  ],
  measures: [count, { name: 'total_sale_price', type: 'sum', sql: '${TABLE}.sale_price' }],
}

/** Model names are identifiers: `Proj A-1` -> `proj_a_1`. */
export function modelNameFor(projectId: string): string {
  const name = projectId
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
  return name || 'project'
}

/** Any project the demo does not know: a model named after it with one `events` explore. */
export function genericProject(projectId: string, variantKey: string): LookmlProject {
  return single(projectId, variantKey, modelNameFor(projectId), {
    name: 'events',
    sqlTableName: 'public.orders',
    sourceFile: 'views/events.view.lkml',
    dimensions: [
      { name: 'id', type: 'number', sql: '${TABLE}.id', primaryKey: true, label: 'ID' },
      { name: 'kind', type: 'string', sql: '${TABLE}.status' },
      { name: 'created_date', type: 'date', sql: 'DATE(${TABLE}.created_at)' },
    ],
    measures: [count],
  })
}

/** The `content` seed's project: 50 models (`warehouse_01` ... `warehouse_50`) on one view. */
export function warehouseProject(projectId: string): LookmlProject {
  const base = genericProject(projectId, 'warehouse@prod')
  const model = base.models[0]!
  const models = Array.from({ length: 50 }, (_, i) => {
    const name = `warehouse_${String(i + 1).padStart(2, '0')}`
    return { ...model, name, label: name, file: `${name}.model.lkml` }
  })
  return { ...base, models }
}

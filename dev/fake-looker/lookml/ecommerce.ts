/**
 * The `ecommerce` project: the demo's main LookML. `prod` is what production runs; `net-revenue`
 * is a development branch that redefines `orders.total_revenue` net of discounts and adds
 * `orders.average_discount` and `orders.discount_band`, so the same query differs between modes;
 * `broken-ref` is `net-revenue` plus a dimension whose SQL references a missing field (validation);
 * `warning` is `prod` with a deprecated parameter (a validation warning only); `drop-field` is
 * `prod` without `orders.average_sale_price`, which saved content uses (content validation).
 */
import type { LookmlDataTest, LookmlModelDef, LookmlProject, LookmlView } from './types'

export type EcommerceBranch = 'prod' | 'net-revenue' | 'broken-ref' | 'warning' | 'drop-field'

function ordersView(branch: EcommerceBranch): LookmlView {
  const netRevenue = branch === 'net-revenue' || branch === 'broken-ref'
  const view: LookmlView = {
    name: 'orders',
    sqlTableName: 'public.orders',
    sourceFile: 'views/orders.view.lkml',
    dimensions: [
      { name: 'id', type: 'number', sql: '${TABLE}.id', primaryKey: true, label: 'ID' },
      { name: 'user_id', type: 'number', sql: '${TABLE}.user_id', hidden: true },
      { name: 'product_id', type: 'number', sql: '${TABLE}.product_id', hidden: true },
      { name: 'status', type: 'string', sql: '${TABLE}.status' },
      { name: 'created_date', type: 'date', sql: 'DATE(${TABLE}.created_at)' },
      { name: 'created_month', type: 'string', sql: "STRFTIME('%Y-%m', ${TABLE}.created_at)" },
      { name: 'sale_price', type: 'number', sql: '${TABLE}.sale_price' },
      { name: 'discount', type: 'number', sql: '${TABLE}.discount' },
      { name: 'is_discounted', type: 'yesno', sql: '${discount} > 0' },
    ],
    measures: [
      { name: 'count', type: 'count' },
      {
        name: 'total_revenue',
        type: 'sum',
        sql: netRevenue ? '${sale_price} - ${discount}' : '${sale_price}',
        description: netRevenue ? 'Revenue net of discounts.' : 'Sum of sale prices.',
        valueFormatName: 'usd',
      },
      {
        name: 'gross_revenue',
        type: 'sum',
        sql: '${sale_price}',
        description: 'Sum of sale prices.',
        valueFormatName: 'usd',
      },
      {
        name: 'average_sale_price',
        type: 'average',
        sql: '${sale_price}',
        valueFormatName: 'usd',
      },
    ],
  }
  if (netRevenue) {
    view.dimensions.push({
      name: 'discount_band',
      type: 'string',
      sql: "CASE WHEN ${discount} = 0 THEN 'none' WHEN ${discount} < 10 THEN 'small' ELSE 'large' END",
    })
    view.measures.push({
      name: 'average_discount',
      type: 'average',
      sql: '${discount}',
      valueFormatName: 'decimal_2',
    })
  }
  if (branch === 'broken-ref') {
    // A work-in-progress commit: references a users field nobody has written yet.
    view.dimensions.push({
      name: 'buyer_age_band',
      type: 'string',
      sql: '${users.age_band}',
      line: 42,
    })
  }
  if (branch === 'drop-field') {
    view.measures = view.measures.filter((m) => m.name !== 'average_sale_price')
  }
  return view
}

const usersView: LookmlView = {
  name: 'users',
  sqlTableName: 'public.users',
  sourceFile: 'views/users.view.lkml',
  dimensions: [
    { name: 'id', type: 'number', sql: '${TABLE}.id', primaryKey: true, label: 'ID' },
    { name: 'email', type: 'string', sql: '${TABLE}.email' },
    { name: 'country', type: 'string', sql: '${TABLE}.country' },
    { name: 'age', type: 'number', sql: '${TABLE}.age' },
  ],
  measures: [{ name: 'count', type: 'count' }],
}

const productsView: LookmlView = {
  name: 'products',
  sqlTableName: 'public.products',
  sourceFile: 'views/products.view.lkml',
  dimensions: [
    { name: 'id', type: 'number', sql: '${TABLE}.id', primaryKey: true, label: 'ID' },
    { name: 'name', type: 'string', sql: '${TABLE}.name' },
    { name: 'category', type: 'string', sql: '${TABLE}.category' },
    { name: 'brand', type: 'string', sql: '${TABLE}.brand' },
  ],
  measures: [{ name: 'count', type: 'count' }],
}

const joins = [
  { view: 'users', sqlOn: '${orders.user_id} = ${users.id}', relationship: 'many_to_one' as const },
  {
    view: 'products',
    sqlOn: '${orders.product_id} = ${products.id}',
    relationship: 'many_to_one' as const,
  },
]

/** Development adds an explore production lacks (so production answers 404 for it). */
const discountsExplore = {
  name: 'discounted_orders',
  viewName: 'orders',
  label: 'Discounted orders',
  description: 'Orders that carried a discount (new on the net-revenue branch).',
  groupLabel: 'Ecommerce',
  joins,
}

function modelFor(branch: EcommerceBranch): LookmlModelDef {
  return branch === 'prod' ? model : { ...model, explores: [...model.explores, discountsExplore] }
}

const model: LookmlModelDef = {
  name: 'ecommerce',
  label: 'Ecommerce',
  connection: 'demo_warehouse',
  file: 'ecommerce.model.lkml',
  explores: [
    {
      name: 'orders',
      label: 'Orders',
      description: 'Orders with their buyers and products.',
      groupLabel: 'Ecommerce',
      joins,
    },
    {
      name: 'slow_orders',
      viewName: 'orders',
      label: 'Orders (slow warehouse)',
      description: 'The orders explore on a slow connection: query tasks take a long time.',
      groupLabel: 'Ecommerce',
      joins,
      slow: true,
    },
  ],
}

const tests: LookmlDataTest[] = [
  {
    name: 'revenue_is_positive',
    model: 'ecommerce',
    explore: 'orders',
    fields: ['orders.total_revenue'],
    assertions: [{ name: 'revenue_above_zero', expression: '${orders.total_revenue} > 0' }],
    file: 'tests/revenue.lkml',
    line: 1,
  },
  {
    name: 'revenue_matches_gross',
    model: 'ecommerce',
    explore: 'orders',
    fields: ['orders.status', 'orders.total_revenue', 'orders.gross_revenue'],
    assertions: [
      {
        name: 'revenue_equals_gross',
        expression: 'ABS(${orders.total_revenue} - ${orders.gross_revenue}) < 0.01',
      },
    ],
    file: 'tests/revenue.lkml',
    line: 12,
  },
]

/** The ecommerce project's LookML for one branch of its history. */
export function ecommerceProject(branch: EcommerceBranch, projectId: string): LookmlProject {
  return {
    projectId,
    variantKey: `ecommerce@${branch}`,
    views: [ordersView(branch), usersView, productsView],
    models: [modelFor(branch)],
    tests,
    warnings: branch === 'warning' ? [DEPRECATED_PARAMETER] : undefined,
  }
}

/** The warning of the `warning` branch: a parameter Looker documents as deprecated. */
const DEPRECATED_PARAMETER = {
  message:
    'The "sql_trigger_value" parameter is deprecated; use "datagroup_trigger" with a datagroup instead.',
  file: 'ecommerce.model.lkml',
  line: 7,
}

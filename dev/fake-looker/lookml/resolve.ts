/**
 * Name resolution inside one explore: which views it joins, which fields exist, and each field's
 * SQL with `${TABLE}` / `${field}` / `${view.field}` substituted, as Looker expands LookML.
 */
import type {
  DimensionType,
  LookmlDimension,
  LookmlExplore,
  LookmlMeasure,
  LookmlModelDef,
  LookmlProject,
  LookmlView,
} from './types'

/** A LookML reference that does not resolve (a LookML error, reported by validation). */
export class LookmlRefError extends Error {}

export interface ExploreContext {
  project: LookmlProject
  model: LookmlModelDef
  explore: LookmlExplore
  /** The explore's base view name. */
  baseView: string
}

export type FieldDef =
  | { kind: 'dimension'; view: LookmlView; def: LookmlDimension }
  | { kind: 'measure'; view: LookmlView; def: LookmlMeasure }

export interface ResolvedField {
  /** `view.field` */
  name: string
  kind: 'dimension' | 'measure'
  view: LookmlView
  def: LookmlDimension | LookmlMeasure
  /** The SQL expression, references expanded (aggregated for measures). */
  sql: string
  /** The type filters use: measures filter as numbers. */
  filterType: DimensionType
  /** Column alias in the generated SQL: `orders_total_revenue`. */
  alias: string
}

export function exploreContext(
  project: LookmlProject,
  model: LookmlModelDef,
  explore: LookmlExplore
): ExploreContext {
  return { project, model, explore, baseView: explore.viewName ?? explore.name }
}

/** The views an explore can reach: its base view and its joins. */
export function exploreViews(ctx: ExploreContext): string[] {
  return [ctx.baseView, ...ctx.explore.joins.map((j) => j.view)]
}

function findView(ctx: ExploreContext, name: string): LookmlView {
  const view = ctx.project.views.find((v) => v.name === name)
  if (!view) throw new LookmlRefError(`Unknown view "${name}"`)
  return view
}

/** The definition of `view.field` if the explore reaches it, else null. */
export function fieldDef(ctx: ExploreContext, name: string): FieldDef | null {
  const [viewName, fieldName, ...rest] = name.split('.')
  if (!viewName || !fieldName || rest.length > 0 || !exploreViews(ctx).includes(viewName))
    return null
  const view = ctx.project.views.find((v) => v.name === viewName)
  if (!view) return null
  const dimension = view.dimensions.find((d) => d.name === fieldName)
  if (dimension) return { kind: 'dimension', view, def: dimension }
  const measure = view.measures.find((m) => m.name === fieldName)
  return measure ? { kind: 'measure', view, def: measure } : null
}

const SIMPLE = /^[A-Za-z0-9_.]+$/

/** Expands every `${...}` in `sql` written inside `view`; `depth` guards against cycles. */
export function expandSql(ctx: ExploreContext, view: LookmlView, sql: string, depth = 0): string {
  if (depth > 10) throw new LookmlRefError(`Circular reference in view "${view.name}"`)
  return sql.replace(/\$\{([^}]+)\}/g, (_, ref: string) => {
    if (ref === 'TABLE') return view.name
    const [target, field] = ref.includes('.')
      ? [findView(ctx, ref.split('.')[0]!), ref.split('.')[1]!]
      : [view, ref]
    const dimension = target.dimensions.find((d) => d.name === field)
    const measure = target.measures.find((m) => m.name === field)
    const inner = dimension?.sql ?? (measure ? measureSql(ctx, target, measure, depth + 1) : null)
    if (inner === null || inner === undefined) {
      throw new LookmlRefError(
        `Unknown field "${target.name}.${field}" referenced in "${view.name}"`
      )
    }
    const expanded = dimension ? expandSql(ctx, target, inner, depth + 1) : inner
    return SIMPLE.test(expanded) ? expanded : `(${expanded})`
  })
}

function primaryKeySql(ctx: ExploreContext, view: LookmlView): string {
  const pk = view.dimensions.find((d) => d.primaryKey)
  return pk ? expandSql(ctx, view, pk.sql) : '*'
}

/** A measure's aggregate, in the forms Looker writes them. */
export function measureSql(
  ctx: ExploreContext,
  view: LookmlView,
  m: LookmlMeasure,
  depth = 0
): string {
  const expr = () => {
    if (!m.sql) throw new LookmlRefError(`Measure "${view.name}.${m.name}" needs sql`)
    return expandSql(ctx, view, m.sql, depth)
  }
  switch (m.type) {
    case 'count':
      // Rows of a joined view can repeat, so Looker counts its distinct primary keys.
      return view.name === ctx.baseView
        ? 'COUNT(*)'
        : `COUNT(DISTINCT ${primaryKeySql(ctx, view)} )`
    case 'count_distinct':
      return `COUNT(DISTINCT ${expr()} )`
    case 'sum':
      return `COALESCE(SUM(${expr()} ), 0)`
    case 'average':
      return `AVG(${expr()} )`
    case 'min':
      return `MIN(${expr()} )`
    case 'max':
      return `MAX(${expr()} )`
    default:
      return expr()
  }
}

/** Resolves `view.field` to its SQL; null when the explore has no such field. */
export function resolveField(ctx: ExploreContext, name: string): ResolvedField | null {
  const found = fieldDef(ctx, name)
  if (!found) return null
  const alias = name.replace('.', '_')
  if (found.kind === 'measure') {
    const sql = measureSql(ctx, found.view, found.def)
    return {
      name,
      kind: 'measure',
      view: found.view,
      def: found.def,
      sql,
      filterType: 'number',
      alias,
    }
  }
  let sql = expandSql(ctx, found.view, found.def.sql)
  // yesno dimensions hold a condition; Looker selects it as 'Yes'/'No'.
  if (found.def.type === 'yesno') sql = `CASE WHEN ${sql} THEN 'Yes' ELSE 'No' END`
  return {
    name,
    kind: 'dimension',
    view: found.view,
    def: found.def,
    sql,
    filterType: found.def.type,
    alias,
  }
}

/**
 * LookML -> the API's `LookmlModel`, `LookmlModelExplore` and `LookmlModelExploreField` objects
 * (shapes from the OAS subset; the field sample Spectacles recorded).
 */
import type { ExploreContext } from './resolve'
import type {
  LookmlDimension,
  LookmlMeasure,
  LookmlModelDef,
  LookmlProject,
  LookmlView,
} from './types'

import { VALUE_FORMATS } from './valueFormat'

const titleCase = (s: string) => s.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase())

/** The line a field is declared on in its (imaginary) view file: stable, for `lookml_link`. */
function lineOf(view: LookmlView, fieldName: string): number {
  const names = [...view.dimensions, ...view.measures].map((f) => f.name)
  return 3 + 4 * Math.max(0, names.indexOf(fieldName))
}

/** One field as `lookml_model_explore` and `json_detail` describe it. */
export function apiField(
  ctx: ExploreContext,
  view: LookmlView,
  def: LookmlDimension | LookmlMeasure,
  kind: 'dimension' | 'measure'
): Record<string, unknown> {
  const projectId = ctx.project.projectId
  const name = `${view.name}.${def.name}`
  const labelShort = def.label ?? titleCase(def.name)
  const isNumeric = kind === 'measure' || def.type === 'number'
  const line = lineOf(view, def.name)
  return {
    align: isNumeric ? 'right' : 'left',
    can_filter: true,
    category: kind,
    default_filter_value: null,
    description: def.description ?? null,
    dimension_group: null,
    drill_fields: [],
    enumerations: null,
    error: null,
    field_group_label: null,
    field_group_variant: labelShort,
    fill_style: null,
    fiscal_month_offset: 0,
    has_allowed_values: false,
    has_drills_metadata: false,
    hidden: def.hidden ?? false,
    is_filter: false,
    is_fiscal: false,
    is_numeric: isNumeric,
    is_timeframe: def.type === 'date',
    can_time_filter: false,
    label: `${titleCase(view.name)} ${labelShort}`,
    label_from_parameter: null,
    label_short: labelShort,
    lookml_link: `/projects/${encodeURIComponent(projectId)}/files/${encodeURIComponent(view.sourceFile)}?line=${line}`,
    links: [],
    measure: kind === 'measure',
    name,
    strict_value_format: false,
    parameter: false,
    permanent: null,
    primary_key: kind === 'dimension' && (def as LookmlDimension).primaryKey === true,
    project_name: projectId,
    requires_refresh_on_sort: false,
    scope: view.name,
    sortable: true,
    source_file: view.sourceFile,
    source_file_path: `${projectId}/${view.sourceFile}`,
    sql: def.sql ?? null,
    sql_case: null,
    filters: null,
    suggest_dimension: name,
    suggest_explore: ctx.explore.name,
    suggestable: kind === 'dimension' && def.type === 'string',
    suggestions: null,
    synonyms: [],
    tags: [],
    type: def.type,
    user_attribute_filter_types: [
      isNumeric ? 'number' : def.type === 'date' ? 'datetime' : 'string',
      'advanced_filter_string',
    ],
    value_format: def.valueFormatName ? VALUE_FORMATS[def.valueFormatName].pattern : null,
    value_format_name: def.valueFormatName ?? null,
    view: view.name,
    view_label: titleCase(view.name),
    dynamic: false,
    week_start_day: 'monday',
    times_used: 0,
    original_view: view.name,
  }
}

/** The full `LookmlModelExplore`; `canDevelop` says whether this user may develop. */
export function apiExplore(ctx: ExploreContext, canDevelop: boolean): Record<string, unknown> {
  const { project, model, explore } = ctx
  const views = [ctx.baseView, ...explore.joins.map((j) => j.view)]
    .map((name) => project.views.find((v) => v.name === name))
    .filter((v): v is LookmlView => !!v)
  const dimensions = views.flatMap((v) => v.dimensions.map((d) => apiField(ctx, v, d, 'dimension')))
  const measures = views.flatMap((v) => v.measures.map((m) => apiField(ctx, v, m, 'measure')))
  return {
    id: `${model.name}::${explore.name}`,
    name: explore.name,
    description: explore.description ?? null,
    label: explore.label ?? titleCase(explore.name),
    title: explore.label ?? titleCase(explore.name),
    scopes: views.map((v) => v.name),
    can_total: true,
    can_develop: canDevelop,
    can_see_lookml: true,
    lookml_link: `/projects/${encodeURIComponent(project.projectId)}/files/${encodeURIComponent(model.file)}`,
    can_save: true,
    can_explain: false,
    can_pivot_in_db: true,
    can_subtotal: true,
    has_timezone_support: false,
    supports_cost_estimate: false,
    connection_name: model.connection,
    dialect_name: 'sqlite',
    null_sort_treatment: 'low',
    files: [model.file, ...views.map((v) => v.sourceFile)],
    source_file: model.file,
    project_name: project.projectId,
    model_name: model.name,
    view_name: ctx.baseView,
    hidden: explore.hidden ?? false,
    sql_table_name: views[0]?.sqlTableName ?? null,
    access_filter_fields: [],
    access_filters: [],
    aliases: [],
    always_filter: [],
    conditionally_filter: [],
    index_fields: [],
    sets: [],
    tags: [],
    errors: [],
    fields: { dimensions, measures, filters: [], parameters: [] },
    joins: explore.joins.map((j) => ({
      name: j.view,
      dependent_fields: [],
      fields: null,
      foreign_key: null,
      from: null,
      outer_only: false,
      relationship: j.relationship,
      required_joins: [],
      sql_foreign_key: null,
      sql_on: j.sqlOn,
      sql_table_name: null,
      type: 'left_outer',
      view_label: null,
    })),
    group_label: explore.groupLabel ?? model.label,
    supported_measure_types: [],
    always_join: [],
  }
}

/** One `LookmlModel` element of `all_lookml_models`. */
export function apiModel(project: LookmlProject, model: LookmlModelDef): Record<string, unknown> {
  return {
    can: {},
    allowed_db_connection_names: [model.connection],
    explores: model.explores.map((e) => ({
      name: e.name,
      description: e.description ?? null,
      label: e.label ?? titleCase(e.name),
      hidden: e.hidden ?? false,
      group_label: e.groupLabel ?? model.label,
      can: {},
    })),
    has_content: true,
    label: model.label,
    name: model.name,
    project_name: project.projectId,
    unlimited_db_connections: false,
  }
}

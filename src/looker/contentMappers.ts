/** SDK dashboard, tile, Look and query models (all optional) to domain types. */
import type {
  IDashboard,
  IDashboardBase,
  IDashboardElement,
  ILook,
  ILookmlModel,
  ILookWithQuery,
  IQuery,
} from '@looker/sdk'
import { required } from './mappers'
import type {
  ContentTile,
  DashboardDetail,
  DashboardSummary,
  LookDetail,
  LookSummary,
  ModelOwner,
  SavedQuery,
} from './contentTypes'

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v))

export function toSavedQuery(q: IQuery): SavedQuery {
  const filters: Record<string, string> = {}
  for (const [k, v] of Object.entries(q.filters ?? {})) if (typeof v === 'string') filters[k] = v
  return {
    model: required(q.model, 'a saved query without a model'),
    explore: required(q.view, 'a saved query without an explore'),
    fields: q.fields ?? [],
    pivots: q.pivots ?? [],
    filters,
    sorts: q.sorts ?? [],
    limit: text(q.limit),
    dynamicFields: q.dynamic_fields || null,
  }
}

export function toTile(e: IDashboardElement, dashboardId?: string): ContentTile {
  const id = required(text(e.id), 'a dashboard tile without an id')
  const maker = e.result_maker
  const merged = Boolean(e.merge_result_id || maker?.merge_result_id)
  const source = e.look?.query ?? e.query ?? maker?.query ?? null
  const query = !merged && source?.model && source.view ? toSavedQuery(source) : null
  const notCompared =
    e.type === 'text' ? 'text' : merged ? 'merged' : query ? null : ('no-query' as const)
  return {
    id,
    dashboardId: text(e.dashboard_id) ?? dashboardId ?? '',
    title: e.title || e.title_text || e.look?.title || 'Untitled tile',
    query: notCompared ? null : query,
    notCompared,
    lookId: text(e.look_id),
    listens: (maker?.filterables ?? []).flatMap((f) =>
      (f.listen ?? []).flatMap((l) =>
        l.dashboard_filter_name && l.field
          ? [{ filter: l.dashboard_filter_name, field: l.field }]
          : []
      )
    ),
  }
}

export function toDashboardSummary(d: IDashboardBase): DashboardSummary {
  return {
    id: required(text(d.id), 'a dashboard without an id'),
    title: d.title || 'Untitled dashboard',
    folder: d.folder?.name || null,
    model: d.model?.id || null,
  }
}

export function toDashboardDetail(d: IDashboard): DashboardDetail {
  const id = required(text(d.id), 'a dashboard without an id')
  return {
    id,
    title: d.title || 'Untitled dashboard',
    filters: (d.dashboard_filters ?? []).flatMap((f) =>
      f.name ? [{ name: f.name, defaultValue: f.default_value ?? null }] : []
    ),
    tiles: (d.dashboard_elements ?? []).map((e) => toTile(e, id)),
  }
}

export function toLookSummary(l: ILook): LookSummary {
  return {
    id: required(text(l.id), 'a Look without an id'),
    title: l.title || 'Untitled Look',
    folder: l.folder?.name || null,
    model: l.model?.id || null,
  }
}

export function toLookDetail(l: ILookWithQuery): LookDetail {
  return {
    ...toLookSummary(l),
    query: toSavedQuery(required(l.query, 'a Look without a query')),
  }
}

export function toModelOwner(m: ILookmlModel): ModelOwner {
  return { name: required(m.name, 'a model without a name'), projectName: m.project_name || null }
}

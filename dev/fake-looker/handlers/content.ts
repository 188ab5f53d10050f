/**
 * Saved content: dashboards, their tiles and Looks (docs/content-impact.md). User-defined
 * dashboards' tiles come from `search_dashboard_elements` (LookML dashboards' only from
 * `dashboard`, as `search_dashboards` leaves LookML dashboards out); `all_dashboards` lists both,
 * a LookML dashboard with its `model`. Searches page with `limit` / `offset`.
 */
import type { HandlerContext, HandlerTable } from '../context'
import { FakeApiError } from '../errors'
import {
  apiDashboard,
  apiElement,
  apiLook,
  contentFor,
  type FakeContent,
} from '../lookml/dashboards'

const cache = new Map<string, FakeContent>()
function content(ctx: HandlerContext): FakeContent {
  let found = cache.get(ctx.state.seed)
  if (!found) {
    found = contentFor(ctx.state.seed)
    cache.set(ctx.state.seed, found)
  }
  return found
}

function page<T>(ctx: HandlerContext, items: T[]): T[] {
  const offset = Number(ctx.query.offset ?? 0) || 0
  const limit = ctx.query.limit === undefined ? undefined : Number(ctx.query.limit)
  return items.slice(offset, limit === undefined ? undefined : offset + limit)
}

const NOT_FOUND = "The resource you're looking for could not be found"

export const contentHandlers: HandlerTable = {
  search_dashboard_elements: (ctx) => {
    const c = content(ctx)
    const wanted = ctx.query.dashboard_id
    return {
      body: c.dashboards
        .filter((d) => !d.model && (wanted === undefined || d.id === wanted))
        .flatMap((d) => d.tiles.map((t) => apiElement(c, d, t))),
    }
  },
  search_looks: (ctx) => ({ body: page(ctx, content(ctx).looks.map(apiLook)) }),
  look: (ctx) => {
    const look = content(ctx).looks.find((l) => l.id === ctx.params.look_id)
    if (!look) throw new FakeApiError(404, NOT_FOUND)
    return { body: apiLook(look) }
  },
  all_dashboards: (ctx) => ({
    body: content(ctx).dashboards.map((d) => ({
      id: d.id,
      title: d.title,
      model: d.model ? { id: d.model, label: d.model } : null,
      folder: { id: d.folder.toLowerCase(), name: d.folder },
    })),
  }),
  dashboard: (ctx) => {
    const c = content(ctx)
    const d = c.dashboards.find((x) => x.id === ctx.params.dashboard_id)
    if (!d) throw new FakeApiError(404, NOT_FOUND)
    return { body: apiDashboard(c, d) }
  },
}

/**
 * Finding the tiles and Looks on a project's models over the real SDK and the fake Looker's demo
 * (ecommerce: "Orders overview", the LookML "Categories" dashboard, the Look "Revenue by status").
 */
import { Cancelled } from '../../shared/abort'
import { apiOverFake } from '../../../test/apiOverFake'
import type { FakeLooker } from '../../../test/fakeLooker'
import type { ContentTile, DashboardDetail, LookerApi, SavedQuery } from '../../looker'
import { applyFilters, findContent, type Found } from './find'
import type { ContentItem } from './types'

let looker: FakeLooker
let api: LookerApi
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ looker, api, cleanup } = await apiOverFake({ workspace: 'dev' }))
})
afterEach(() => cleanup())

const find = (signal = new AbortController().signal) => findContent(api, 'ecommerce', signal)
const ops = () => looker.log.map((e) => e.operation)
const sorted = (items: ContentItem[]) =>
  [...items].sort((a, b) => `${a.kind}:${a.id}`.localeCompare(`${b.kind}:${b.id}`))

const orders = (fields: string[], more: Partial<SavedQuery> = {}): SavedQuery => ({
  model: 'ecommerce',
  explore: 'orders',
  fields,
  pivots: [],
  filters: {},
  sorts: [],
  limit: '500',
  dynamicFields: null,
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
const COMPLETE = { 'orders.status': 'complete,shipped' }

/** The demo's queries under their keys (stable across runs: a resume finds what was measured). */
const QUERIES: Found['queries'] = {
  't7wwy3sg45.2ayru4xzs5x': orders(['orders.status', 'orders.total_revenue'], {
    filters: COMPLETE,
    sorts: ['orders.status'],
  }),
  '1gox776n1gb.1w3uytpjfd6': orders(
    ['orders.created_month', 'orders.status', 'orders.total_revenue'],
    { pivots: ['orders.status'], sorts: ['orders.created_month'] }
  ),
  '24awx3ypnhn.1pazudf7jc4': orders(['orders.status', 'orders.total_revenue'], {
    filters: COMPLETE,
    dynamicFields: SHARE,
  }),
  '17f4a4b0vv5.hqgpjfgz62': orders(['orders.status', 'orders.count'], {
    filters: COMPLETE,
    sorts: ['orders.status'],
  }),
  '1ve0rtzuxsj.23x42a121pa': orders(['orders.created_month', 'orders.count'], {
    sorts: ['orders.created_month desc'],
  }),
  '1o9pcw7gb02.12rjsubx326': orders(['orders.status', 'orders.total_revenue'], {
    sorts: ['orders.status'],
  }),
  '3jswcppjg1.27uvntp5ant': orders(['products.category', 'orders.count'], {
    sorts: ['products.category'],
  }),
}

const tile = (
  id: string,
  title: string,
  queryKey: string | null,
  more: Partial<ContentItem> = {}
): ContentItem => ({
  kind: 'tile',
  id,
  title,
  dashboardId: '31',
  dashboardTitle: 'Orders overview',
  lookId: null,
  queryKey,
  notCompared: null,
  ...more,
})
const LOOK: ContentItem = {
  kind: 'look',
  id: '11',
  title: 'Revenue by status',
  dashboardId: null,
  dashboardTitle: null,
  lookId: '11',
  queryKey: '1o9pcw7gb02.12rjsubx326',
  notCompared: null,
}
const CATEGORY = tile(
  'ecommerce::category_lookml::orders_by_category',
  'Orders by category',
  '3jswcppjg1.27uvntp5ant',
  { dashboardId: 'ecommerce::category_lookml', dashboardTitle: 'Categories (LookML)' }
)
const OVERVIEW = [
  tile('311', 'Revenue by status', 't7wwy3sg45.2ayru4xzs5x'),
  tile('312', 'Revenue by month and status', '1gox776n1gb.1w3uytpjfd6'),
  tile('313', 'Share of revenue by status', '24awx3ypnhn.1pazudf7jc4'),
  tile('314', 'Order count', '17f4a4b0vv5.hqgpjfgz62'),
  tile('315', 'Orders by month', '1ve0rtzuxsj.23x42a121pa'),
  tile('316', 'Revenue by status (Look)', '1o9pcw7gb02.12rjsubx326', { lookId: '11' }),
  tile('317', 'About these numbers', null, { notCompared: 'text' }),
  tile('318', 'Revenue against spend', null, { notCompared: 'merged' }),
]

test('every tile and Look on the project’s models, each distinct query once under a stable key', async () => {
  const found = await find()
  expect(sorted(found.items)).toEqual(sorted([...OVERVIEW, CATEGORY, LOOK]))
  expect(found.queries).toEqual(QUERIES)
  expect(found.failures).toEqual([])
  // Three reads, then one per dashboard with listening tiles and per LookML dashboard, Looks by page.
  expect(ops().sort()).toEqual(
    [
      'all_lookml_models',
      'all_dashboards',
      'search_dashboard_elements',
      'dashboard',
      'dashboard',
      'search_looks',
      'look',
    ].sort()
  )
})

const refusal = (message: string, url: string, status = 403) => ({
  status,
  contentType: 'application/json',
  body: { message, documentation_url: url },
})

test('a dashboard or Look Looker will not read is a failure with its message; the rest is found', async () => {
  const url = 'https://cloud.google.com/looker/docs/r/err/4.0/403/get/dashboards/:dashboard_id'
  looker.intercept('dashboard', async (req, next) =>
    req.path === '/dashboards/31' ? refusal('No access to this dashboard', url) : next()
  )
  const lookUrl = 'https://cloud.google.com/looker/docs/r/err/4.0/404/get/looks/:look_id'
  looker.intercept('look', async () => refusal('Not found', lookUrl, 404))
  const found = await find()
  expect(found.failures).toEqual([
    {
      kind: 'dashboard',
      id: '31',
      title: 'Orders overview',
      message: 'No access to this dashboard',
      documentationUrl: url,
    },
    {
      kind: 'look',
      id: '11',
      title: 'Revenue by status',
      message: 'Not found',
      documentationUrl: lookUrl,
    },
  ])
  expect(found.items).toEqual([CATEGORY])
  expect(Object.keys(found.queries)).toEqual(['3jswcppjg1.27uvntp5ant'])
})

/** Looker's tiles as if none listened to a dashboard filter. */
function noListeners() {
  looker.intercept('search_dashboard_elements', async (_req, next) => {
    const res = await next()
    const strip = (e: { result_maker?: { filterables?: Array<{ listen?: unknown[] }> } }) => {
      for (const f of e.result_maker?.filterables ?? []) f.listen = []
    }
    ;(res.body as Array<Parameters<typeof strip>[0]>).forEach(strip)
    return res
  })
}

test('a dashboard whose tiles listen to no filter is not read: its tiles come from the search', async () => {
  noListeners()
  const found = await find()
  const unfiltered = OVERVIEW.map((t) =>
    t.id === '311' ? { ...t, queryKey: '1o9pcw7gb02.12rjsubx326' } : t
  )
  const byId = new Map(found.items.map((i) => [`${i.kind}:${i.id}`, i]))
  for (const t of unfiltered.filter((t) => !['313', '314'].includes(t.id)))
    expect(byId.get(`tile:${t.id}`)).toEqual(t)
  expect(found.items).toHaveLength(10)
  // No default filter applied: revenue by status is the Look's query.
  expect(found.queries['1o9pcw7gb02.12rjsubx326']).toEqual(QUERIES['1o9pcw7gb02.12rjsubx326'])
  expect(found.queries['t7wwy3sg45.2ayru4xzs5x']).toBeUndefined()
  expect(looker.log.filter((e) => e.operation === 'dashboard').map((e) => e.path)).toEqual([
    '/dashboards/ecommerce%3A%3Acategory_lookml',
  ])
})

test('a dashboard missing from the list of dashboards is named by its id', async () => {
  noListeners()
  looker.intercept('all_dashboards', async (_req, next) => {
    const res = await next()
    return { ...res, body: (res.body as Array<{ id: string }>).filter((d) => d.id !== '31') }
  })
  const found = await find()
  const titles = new Set(
    found.items.filter((i) => i.dashboardId === '31').map((i) => i.dashboardTitle)
  )
  expect([...titles]).toEqual(['Dashboard 31'])
})

test('Looks are read page by page until a page is short', async () => {
  const offsets: string[] = []
  let looks: unknown[] = []
  looker.intercept('search_looks', async (req, next) => {
    const res = await next()
    offsets.push(req.query?.offset ?? '')
    // A full first page of Looks on another project's model; the demo's Looks on the second.
    if (req.query?.offset !== '0') return { ...res, body: looks }
    looks = res.body as Array<{ id: string }>
    const other = (looks as Array<{ id: string }>).find((l) => l.id === '12')!
    return { ...res, body: Array.from({ length: 500 }, () => other) }
  })
  const found = await find()
  expect(offsets).toEqual(['0', '500'])
  expect(found.items.filter((i) => i.kind === 'look')).toEqual([LOOK])
})

test('once the person stops, nothing more is read and the search rejects with Cancelled', async () => {
  const controller = new AbortController()
  controller.abort()
  await expect(find(controller.signal)).rejects.toBeInstanceOf(Cancelled)
  expect(ops().sort()).toEqual(['all_dashboards', 'all_lookml_models', 'search_dashboard_elements'])
})

describe('applyFilters', () => {
  const query = orders(['orders.status', 'orders.count'], { filters: { 'orders.id': '>1' } })
  const tileOf = (listens: ContentTile['listens']): ContentTile => ({
    id: '1',
    dashboardId: '9',
    title: 'T',
    query,
    notCompared: null,
    lookId: null,
    listens,
  })
  const dashboard: DashboardDetail = {
    id: '9',
    title: 'D',
    tiles: [],
    filters: [
      { name: 'Status', defaultValue: 'complete' },
      { name: 'Empty', defaultValue: '' },
      { name: 'None', defaultValue: null },
    ],
  }

  test('sets each listened field to its filter’s default value, keeping the query’s own', () => {
    const listens = [
      { filter: 'Status', field: 'orders.status' },
      { filter: 'Empty', field: 'orders.a' },
      { filter: 'None', field: 'orders.b' },
      { filter: 'Missing', field: 'orders.c' },
    ]
    expect(applyFilters(tileOf(listens), dashboard)).toEqual({
      ...query,
      filters: { 'orders.id': '>1', 'orders.status': 'complete' },
    })
    expect(query.filters).toEqual({ 'orders.id': '>1' }) // the saved query is left as it was
  })

  test('without a dashboard or listens the query is the tile’s own', () => {
    expect(applyFilters(tileOf([{ filter: 'Status', field: 'orders.status' }]), null)).toBe(query)
    expect(applyFilters(tileOf([]), dashboard)).toBe(query)
  })
})

test('a dashboard that was read is named as the read says; one listed but not read, as the list does', async () => {
  looker.intercept('all_dashboards', async (_req, next) => {
    const res = await next()
    const body = (res.body as Array<{ id: string; title: string }>).map((d) =>
      d.id === '31' ? { ...d, title: 'Orders (as listed)' } : d
    )
    return { ...res, body }
  })
  const read = await find()
  const titles = (f: Found) => [
    ...new Set(f.items.filter((i) => i.dashboardId === '31').map((i) => i.dashboardTitle)),
  ]
  expect(titles(read)).toEqual(['Orders overview'])
  noListeners()
  expect(titles(await find())).toEqual(['Orders (as listed)'])
})

test('dashboards on other projects’ models are neither read nor listed, text tiles included', async () => {
  looker.intercept('search_dashboard_elements', async (_req, next) => {
    const res = await next()
    const elements = res.body as Array<{ id: string; dashboard_id: string }>
    const text = elements.find((e) => e.id === '317')!
    // A text tile on the finance dashboard "Invoices".
    return { ...res, body: [...elements, { ...text, id: '229', dashboard_id: '22' }] }
  })
  looker.intercept('all_dashboards', async (_req, next) => {
    const res = await next()
    const lookml = (res.body as Array<{ id: string; model: unknown }>).find(
      (d) => d.id === 'ecommerce::category_lookml'
    )!
    const other = {
      ...lookml,
      id: 'marketing::spend',
      model: { id: 'marketing', label: 'marketing' },
    }
    return { ...res, body: [...(res.body as unknown[]), other] }
  })
  const found = await find()
  expect(sorted(found.items)).toEqual(sorted([...OVERVIEW, CATEGORY, LOOK]))
  expect(found.failures).toEqual([])
  expect(
    looker.log
      .filter((e) => e.operation === 'dashboard')
      .map((e) => e.path)
      .sort()
  ).toEqual(['/dashboards/31', '/dashboards/ecommerce%3A%3Acategory_lookml'].sort())
})

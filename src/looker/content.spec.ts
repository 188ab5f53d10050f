/**
 * The content reads over the real SDK, the jest host and the fake Looker: tiles with their
 * queries, listens and why some are not compared; dashboards with their default filters; Looks.
 */
import { apiOverFake } from '../../test/apiOverFake'
import type { FakeLooker } from '../../test/fakeLooker'
import type { LookerApi } from './api'

let looker: FakeLooker
let api: LookerApi
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ looker, api, cleanup } = await apiOverFake())
})
afterEach(() => cleanup())

test('models name their project', async () => {
  const owners = await api.listModelOwners()
  expect(owners).toContainEqual({ name: 'ecommerce', projectName: 'ecommerce' })
})

test('tiles of user-defined dashboards come in one read, with queries, listens and reasons', async () => {
  const tiles = await api.searchTiles()
  const byTitle = (t: string) => tiles.find((x) => x.title === t)!
  expect(byTitle('Revenue by status')).toMatchObject({
    dashboardId: '31',
    notCompared: null,
    listens: [{ filter: 'Status', field: 'orders.status' }],
    query: { model: 'ecommerce', explore: 'orders', sorts: ['orders.status'], limit: '500' },
  })
  expect(byTitle('Revenue by month and status').query?.pivots).toEqual(['orders.status'])
  expect(byTitle('Share of revenue by status').query?.dynamicFields).toMatch(/share_of_revenue/)
  expect(byTitle('Revenue by status (Look)')).toMatchObject({
    lookId: '11',
    query: { fields: ['orders.status', 'orders.total_revenue'] },
  })
  expect(byTitle('About these numbers')).toMatchObject({ notCompared: 'text', query: null })
  expect(byTitle('Revenue against spend')).toMatchObject({ notCompared: 'merged', query: null })
  // LookML dashboards' tiles are read from the dashboard itself.
  expect(tiles.some((t) => t.dashboardId.includes('::'))).toBe(false)
  expect(looker.log.filter((e) => e.operation === 'search_dashboard_elements')).toHaveLength(1)
})

test('dashboards: LookML ones carry their model; one dashboard has its default filters', async () => {
  const all = await api.listDashboards()
  expect(all).toContainEqual({
    id: 'ecommerce::category_lookml',
    title: 'Categories (LookML)',
    folder: 'LookML dashboards',
    model: 'ecommerce',
  })
  expect(all.find((d) => d.id === '31')).toMatchObject({ title: 'Orders overview', model: null })
  const lookml = await api.getDashboard('ecommerce::category_lookml')
  expect(lookml.filters).toEqual([{ name: 'Category', defaultValue: '' }])
  expect(lookml.tiles[0]).toMatchObject({ title: 'Orders by category', dashboardId: lookml.id })
  const overview = await api.getDashboard('31')
  expect(overview.filters).toEqual([{ name: 'Status', defaultValue: 'complete,shipped' }])
})

test('Looks page with limit and offset; one Look with its query', async () => {
  expect((await api.searchLooks(0, 1)).map((l) => l.id)).toEqual(['11'])
  expect(await api.searchLooks(1, 1)).toEqual([
    { id: '12', title: 'Spend by channel', folder: 'Marketing', model: 'marketing' },
  ])
  expect(await api.getLook('11')).toMatchObject({
    title: 'Revenue by status',
    query: { model: 'ecommerce', fields: ['orders.status', 'orders.total_revenue'] },
  })
})

test('a saved query with pivots and table calculations is created as saved', async () => {
  const [tile] = (await api.searchTiles()).filter((t) => t.query?.dynamicFields)
  const id = await api.createSavedQuery(tile!.query!)
  expect(await api.getSql(id, 'production')).toMatch(/SELECT/)
})

test('a dashboard Looker refuses is an ApiError with its message', async () => {
  looker.fail('dashboard', 404, 'Not found')
  await expect(api.getDashboard('31')).rejects.toMatchObject({ status: 404 })
})

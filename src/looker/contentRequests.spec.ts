/**
 * What the content reads ask Looker for, and the answers they refuse, over the real SDK, the jest
 * host and the fake Looker: only the fields the app reads, a saved query sent as saved, a list
 * that is not a list named for what was asked.
 */
import { apiOverFake } from '../../test/apiOverFake'
import { requestsOf, type FakeLooker } from '../../test/fakeLooker'
import type { LookerApi } from './api'
import type { SavedQuery } from './contentTypes'

let looker: FakeLooker
let api: LookerApi
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ looker, api, cleanup } = await apiOverFake())
})
afterEach(() => cleanup())

const QUERY = 'query(model,view,fields,pivots,filters,sorts,limit,dynamic_fields)'
const ELEMENT_FIELDS =
  'id,dashboard_id,title,title_text,type,look_id,merge_result_id,' +
  `${QUERY},look(title,${QUERY}),result_maker(merge_result_id,filterables(listen),${QUERY})`

test('each read asks only for the fields the app reads', async () => {
  const asked = {
    models: requestsOf(looker, 'all_lookml_models'),
    dashboards: requestsOf(looker, 'all_dashboards'),
    tiles: requestsOf(looker, 'search_dashboard_elements'),
    dashboard: requestsOf(looker, 'dashboard'),
    looks: requestsOf(looker, 'search_looks'),
    look: requestsOf(looker, 'look'),
  }
  await api.listModelOwners()
  await api.listDashboards()
  await api.searchTiles()
  await api.getDashboard('31')
  await api.searchLooks(0, 2)
  await api.getLook('11')
  const fields = Object.fromEntries(
    Object.entries(asked).map(([read, seen]) => [read, seen.map((r) => r.query?.fields)])
  )
  expect(fields).toEqual({
    models: ['name,project_name'],
    dashboards: ['id,title,folder(name),model(id)'],
    tiles: [ELEMENT_FIELDS],
    dashboard: [
      `id,title,dashboard_filters(name,default_value),dashboard_elements(${ELEMENT_FIELDS})`,
    ],
    looks: ['id,title,folder(name),model(id)'],
    look: [`id,title,folder(name),model(id),${QUERY}`],
  })
  expect(asked.looks[0]?.query).toMatchObject({ limit: '2', offset: '0' })
})

test.each([
  ['all_lookml_models', () => api.listModelOwners(), 'a list of models'],
  ['all_dashboards', () => api.listDashboards(), 'a list of dashboards'],
  ['search_dashboard_elements', () => api.searchTiles(), 'a list of dashboard tiles'],
  ['search_looks', () => api.searchLooks(0), 'a list of Looks'],
])('%s answered with an object instead of a list: named in the error', async (op, read, what) => {
  looker.answer(op, { id: '1' })
  await expect(read()).rejects.toMatchObject({
    name: 'ApiError',
    message: expect.stringMatching(new RegExp(`^Looker answered ${op} with .* where ${what} was`)),
  })
})

const saved: SavedQuery = {
  model: 'ecommerce',
  explore: 'orders',
  fields: ['orders.status', 'orders.count'],
  pivots: [],
  filters: {},
  sorts: [],
  limit: '25',
  dynamicFields: '[{"table_calculation":"x","expression":"1"}]',
}

test('a saved query is created with its limit and table calculations as saved', async () => {
  const sent = requestsOf(looker, 'create_query')
  await api.createSavedQuery(saved)
  await api.createSavedQuery({ ...saved, limit: null, dynamicFields: null })
  expect(sent.map((r) => r.body)).toEqual([
    {
      model: 'ecommerce',
      view: 'orders',
      fields: ['orders.status', 'orders.count'],
      limit: '25',
      dynamic_fields: saved.dynamicFields,
    },
    { model: 'ecommerce', view: 'orders', fields: ['orders.status', 'orders.count'] },
  ])
})

test('a saved query Looker creates without an id is an error, not an undefined id', async () => {
  looker.answer('create_query', { model: 'ecommerce' })
  await expect(api.createSavedQuery(saved)).rejects.toMatchObject({
    message: 'Looker created the query without an id.',
  })
})

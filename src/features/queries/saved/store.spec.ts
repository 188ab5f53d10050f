import { memoryHost } from '../../../../test/memoryHost'
import type { QuerySpec } from '../../../looker'
import { deleteSaved, loadSaved, saveQuery } from './store'

const spec: QuerySpec = {
  model: 'ecommerce',
  explore: 'orders',
  fields: ['orders.count'],
  filters: {},
  sorts: [],
  limit: 10,
}

test('saves and deletes made at the same time all land (no lost read-modify-write)', async () => {
  const host = memoryHost()
  await Promise.all(['a', 'b', 'c'].map((name) => saveQuery(host, 'p', { name, spec })))
  expect((await loadSaved(host, 'p')).map((q) => q.name)).toEqual(['a', 'b', 'c'])
  await Promise.all([deleteSaved(host, 'p', 'a'), saveQuery(host, 'p', { name: 'd', spec })])
  expect((await loadSaved(host, 'p')).map((q) => q.name)).toEqual(['b', 'c', 'd'])
})

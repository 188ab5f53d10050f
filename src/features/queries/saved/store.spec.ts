import { memoryHost } from '../../../../test/memoryHost'
import type { QuerySpec } from '../../../looker'
import { deleteSaved, loadSaved, readSaved, saveQuery } from './store'

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

test('a project with nothing stored has no saved queries', async () => {
  const host = memoryHost()
  expect(await readSaved(host, 'p')).toEqual({ list: [], unusable: [], kept: [] })
  host.items.set('saved-queries:p', '')
  expect(await readSaved(host, 'p')).toEqual({ list: [], unusable: [], kept: [] })
  expect(await loadSaved(host, 'p')).toEqual([])
})

test('each project has its own list, under its own key', async () => {
  const host = memoryHost()
  await saveQuery(host, 'shop', { name: 'a', spec })
  await saveQuery(host, 'money', { name: 'b', spec })
  expect(JSON.parse(host.items.get('saved-queries:shop')!)).toEqual([{ name: 'a', spec }])
  expect(JSON.parse(host.items.get('saved-queries:money')!)).toEqual([{ name: 'b', spec }])
  expect(await loadSaved(host, 'shop')).toEqual([{ name: 'a', spec }])
})

test('a save replaces the query of the same name and keeps the list in name order', async () => {
  const host = memoryHost()
  await saveQuery(host, 'p', { name: 'b', spec })
  await saveQuery(host, 'p', { name: 'a', spec })
  expect((await loadSaved(host, 'p')).map((q) => q.name)).toEqual(['a', 'b'])
  await saveQuery(host, 'p', { name: 'b', spec: { ...spec, limit: 20 } })
  expect(await loadSaved(host, 'p')).toEqual([
    { name: 'a', spec },
    { name: 'b', spec: { ...spec, limit: 20 } },
  ])
})

test('a delete removes only the query of that name', async () => {
  const host = memoryHost()
  await saveQuery(host, 'p', { name: 'a', spec })
  await saveQuery(host, 'p', { name: 'b', spec })
  await deleteSaved(host, 'p', 'a')
  expect(JSON.parse(host.items.get('saved-queries:p')!)).toEqual([{ name: 'b', spec }])
  await deleteSaved(host, 'p', 'zzz')
  expect(JSON.parse(host.items.get('saved-queries:p')!)).toEqual([{ name: 'b', spec }])
})

const { model, explore, fields, sorts, filters, limit } = spec
const broken: unknown[] = [
  null,
  'text',
  7,
  { spec },
  { name: 5, spec },
  { name: 'no spec' },
  { name: 'null spec', spec: null },
  { name: 'no model', spec: { explore, fields, sorts, filters, limit } },
  { name: 'no explore', spec: { model, fields, sorts, filters, limit } },
  { name: 'fields text', spec: { model, explore, fields: 'a', sorts, filters, limit } },
  { name: 'sorts text', spec: { model, explore, fields, sorts: 'a', filters, limit } },
  { name: 'no filters', spec: { model, explore, fields, sorts, limit } },
  { name: 'limit text', spec: { model, explore, fields, sorts, filters, limit: '10' } },
]

test('entries this version cannot read are named where they have a name, and kept', async () => {
  const host = memoryHost()
  host.items.set('saved-queries:p', JSON.stringify([{ name: 'ok', spec }, ...broken]))
  expect(await readSaved(host, 'p')).toEqual({
    list: [{ name: 'ok', spec }],
    unusable: [
      null,
      null,
      null,
      null,
      null,
      'no spec',
      'null spec',
      'no model',
      'no explore',
      'fields text',
      'sorts text',
      'no filters',
      'limit text',
    ],
    kept: broken,
  })
})

test('a save or a delete writes back what this version cannot read, after the queries', async () => {
  const host = memoryHost()
  host.items.set('saved-queries:p', JSON.stringify([...broken, { name: 'x', spec }]))
  await saveQuery(host, 'p', { name: 'a', spec })
  expect(JSON.parse(host.items.get('saved-queries:p')!)).toEqual([
    { name: 'a', spec },
    { name: 'x', spec },
    ...broken,
  ])
  await deleteSaved(host, 'p', 'x')
  expect(JSON.parse(host.items.get('saved-queries:p')!)).toEqual([{ name: 'a', spec }, ...broken])
})

test('text that is not a list is one unreadable entry, kept as it was', async () => {
  for (const text of ['not json', '{"name":"a"}', '42']) {
    const host = memoryHost()
    host.items.set('saved-queries:p', text)
    expect(await readSaved(host, 'p')).toEqual({ list: [], unusable: [null], kept: [text] })
    await saveQuery(host, 'p', { name: 'a', spec })
    expect(JSON.parse(host.items.get('saved-queries:p')!)).toEqual([{ name: 'a', spec }, text])
  }
})

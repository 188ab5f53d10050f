import { toCsv } from './csv'
import {
  exploreUrl,
  isRunnable,
  parseLimit,
  parseSorts,
  searchFromSpec,
  specFromSearch,
} from './querySpec'

const spec = {
  model: 'ecommerce',
  explore: 'orders',
  fields: ['orders.status', 'orders.total_revenue'],
  filters: { 'orders.status': 'complete,shipped' },
  sorts: ['orders.total_revenue desc'],
  limit: 50,
}

test('a spec survives the URL', () => {
  expect(specFromSearch(`?${searchFromSpec(spec)}`)).toEqual(spec)
})

test('an empty URL is an empty spec with the default limit', () => {
  expect(specFromSearch('')).toEqual({
    model: '',
    explore: '',
    fields: [],
    filters: {},
    sorts: [],
    limit: 500,
  })
})

test.each(['0', '5001', '12.5', 'abc', '', '-3'])(
  'limit "%s" is refused with a clear message',
  (t) => {
    expect(parseLimit(t)).toEqual({
      ok: false,
      message: 'The limit must be a whole number from 1 to 5,000.',
    })
  }
)

test('limits 1 and 5000 are fine', () => {
  expect(parseLimit('1')).toEqual({ ok: true, value: 1 })
  expect(parseLimit(' 5000 ')).toEqual({ ok: true, value: 5000 })
})

test('sorts are read as Looker writes them, on chosen fields only', () => {
  expect(parseSorts('orders.total_revenue DESC, orders.status', spec.fields)).toEqual({
    ok: true,
    value: ['orders.total_revenue desc', 'orders.status'],
  })
  expect(parseSorts('orders.count desc', spec.fields)).toEqual({
    ok: false,
    message: 'Sort on orders.count needs that field in the query.',
  })
  expect(parseSorts('revenue upwards', spec.fields).ok).toBe(false)
})

test("Looker's Explore URL carries fields, filters, sorts and limit", () => {
  expect(exploreUrl(spec)).toBe(
    '/explore/ecommerce/orders?fields=orders.status%2Corders.total_revenue&f%5Borders.status%5D=complete%2Cshipped&sorts=orders.total_revenue+desc&limit=50'
  )
})

test('CSV quotes what needs quoting', () => {
  const columns = [
    { name: 'a', label: 'Name' },
    { name: 'b', label: 'Amount, USD' },
  ]
  expect(
    toCsv(columns, [
      { a: 'say "hi"', b: 1.5 },
      { a: null, b: 2 },
    ])
  ).toBe('Name,"Amount, USD"\r\n"say ""hi""",1.5\r\n,2\r\n')
})

test('a URL with a bad limit, spaces and empty items still gives a spec', () => {
  expect(
    specFromSearch(
      '?model=m&explore=e&fields=%20a.x%20,,b.y,&sorts=a.x%20desc,%20&limit=0&f[a.x]=1&f[]=z&g[a.x]=2'
    )
  ).toEqual({
    model: 'm',
    explore: 'e',
    fields: ['a.x', 'b.y'],
    filters: { 'a.x': '1' },
    sorts: ['a.x desc'],
    limit: 500,
  })
  expect(specFromSearch('?limit=25').limit).toBe(25)
})

test('the URL leaves out what is empty and always carries the limit', () => {
  expect(
    searchFromSpec({ model: '', explore: '', fields: [], filters: {}, sorts: [], limit: 9 })
  ).toBe('limit=9')
  expect(searchFromSpec({ ...spec, model: 'm', explore: '', sorts: [], filters: {} })).toBe(
    'model=m&fields=orders.status%2Corders.total_revenue&limit=50'
  )
  expect(searchFromSpec({ ...spec, model: '', explore: 'x', fields: [] })).toBe(
    'explore=x&f%5Borders.status%5D=complete%2Cshipped&sorts=orders.total_revenue+desc&limit=50'
  )
})

test('Looker’s Explore URL encodes the model and explore and carries no model parameter', () => {
  expect(exploreUrl({ ...spec, model: 'a b', explore: 'c/d', filters: {}, sorts: [] })).toBe(
    '/explore/a%20b/c%2Fd?fields=orders.status%2Corders.total_revenue&limit=50'
  )
})

test('sorts: the direction in lower case, no direction kept as none, each mistake named', () => {
  expect(parseSorts('', spec.fields)).toEqual({ ok: true, value: [] })
  expect(parseSorts(' orders.status Asc ,', spec.fields)).toEqual({
    ok: true,
    value: ['orders.status asc'],
  })
  expect(parseSorts('orders.status sideways', spec.fields)).toEqual({
    ok: false,
    message: '"orders.status sideways" is not a sort: write a field name, then asc or desc.',
  })
  expect(parseSorts('status', spec.fields).ok).toBe(false)
  expect(parseSorts('x orders.status', spec.fields).ok).toBe(false)
  expect(parseSorts('orders.status desc extra', spec.fields).ok).toBe(false)
  expect(parseSorts('orders.status, orders.count', spec.fields)).toEqual({
    ok: false,
    message: 'Sort on orders.count needs that field in the query.',
  })
})

test('limits: digits only, trimmed', () => {
  expect(parseLimit('1e3').ok).toBe(false)
  expect(parseLimit('+5').ok).toBe(false)
  expect(parseLimit('4999')).toEqual({ ok: true, value: 4999 })
  expect(parseLimit('0500')).toEqual({ ok: true, value: 500 })
})

test('a spec runs with a model, an explore and at least one field', () => {
  expect(isRunnable(spec)).toBe(true)
  expect(isRunnable({ ...spec, model: '' })).toBe(false)
  expect(isRunnable({ ...spec, explore: '' })).toBe(false)
  expect(isRunnable({ ...spec, fields: [] })).toBe(false)
})

test('only f[field] parameters are filters; several sorts survive the URL', () => {
  expect(specFromSearch('?xf[a.x]=1&f[a.y]x=2&f[a.z]=3').filters).toEqual({ 'a.z': '3' })
  const twoSorts = { ...spec, sorts: ['orders.total_revenue desc', 'orders.status'] }
  expect(searchFromSpec(twoSorts)).toContain('sorts=orders.total_revenue+desc%2Corders.status')
  expect(specFromSearch(searchFromSpec(twoSorts))).toEqual(twoSorts)
})
